package org.haven.bake;

import org.haven.problems.BuildFailedException;
import org.haven.problems.Problems;
import org.haven.checks.SiteRules;
import org.haven.checks.SourceRules;
import org.haven.content.ContentFolder;
import org.haven.content.GlossaryTerm;
import org.haven.content.Page;
import org.haven.content.SiteConfig;
import org.haven.content.SiteDataLoader;
import org.haven.listings.Breadcrumbs;
import org.haven.listings.GeneratedPages;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;
import org.haven.theme.Theme;
import org.haven.theme.ThemeAssets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Builds a whole site in memory: reads and checks the content, converts each page once on
 * every core, renders the theme and the generated pages. Nothing is written here; a build
 * with an error throws {@link BuildFailedException} and the caller keeps the last good site.
 * A previewing builder, kept between builds as {@code serve} keeps it, converts again only
 * the pages whose text changed and renders again only the pages whose template model changed.
 */
public final class SiteBuilder {
    private final Path siteRoot;
    private final BuildOptions options;
    private final Map<String, CachedConversion> conversions = new ConcurrentHashMap<>();
    private final Map<String, FinishedPage> finished = new ConcurrentHashMap<>();
    private final RenderCache rendered = new RenderCache();
    private final SearchDocuments.LastIndex lastIndex = new SearchDocuments.LastIndex();

    public SiteBuilder(Path siteRoot, BuildOptions options) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.options = options;
        AsciidocEngine.warmUp();
    }

    public BuildResult build() {
        return build(new SiteOutput());
    }

    /** Builds the site, handing each file to {@code whenMade} as soon as it is made (to be written while the rest is built). */
    public BuildResult build(BiConsumer<String, byte[]> whenMade) {
        return build(new SiteOutput(whenMade));
    }

    private BuildResult build(SiteOutput output) {
        PhaseTimer timer = new PhaseTimer();
        Problems problems = new Problems();
        SiteDataLoader data = new SiteDataLoader(siteRoot, problems);
        SiteConfig site = data.loadSite();
        List<GlossaryTerm> glossary = data.loadGlossary();
        List<Page> all = new ContentFolder(siteRoot, problems).readPages();
        if (site == null || problems.hasErrors()) throw new BuildFailedException(problems.sorted());
        timer.lap("read");
        SiteRules.check(all, options.today(), problems);
        Set<String> urls = new HashSet<>();
        List<Page> pages = all.stream()
                .filter(p -> options.preview() || p.isPublishedOn(options.today()))
                .filter(p -> urls.add(p.url()))
                .toList();
        Set<String> contactNames = PageAttributes.contactNames(site);
        Set<String> terms = glossary.stream().map(GlossaryTerm::term).collect(Collectors.toSet());
        pages.parallelStream().forEach(page -> SourceRules.check(page, contactNames, terms, problems));

        timer.lap("check");
        ThemeAssets.load(siteRoot).files().forEach(output::put);
        SiteAssets.copy(siteRoot, output, problems);
        SiteContent titlesOnly = new SiteContent(site, glossary, pages, Map.of(), options.today());
        Theme theme = Theme.load(siteRoot);
        Map<String, String> generatedTitles = GeneratedPages.titles(titlesOnly, theme.messages());
        LinkTargets targets = linkTargets(all, pages, generatedTitles, output);
        Map<String, String> titleByUrl = new LinkedHashMap<>(generatedTitles);
        pages.forEach(p -> titleByUrl.put(p.url(), p.title()));
        Map<String, String> htmlByUrl = new ConcurrentHashMap<>();
        Map<String, String> textByUrl = new ConcurrentHashMap<>();
        Map<String, Double> readingGrades = new ConcurrentHashMap<>();
        SiteContent content = new SiteContent(site, glossary, pages, htmlByUrl, options.today());
        if (options.preview()) rendered.forgetIfTemplatesChanged(siteRoot);
        PageRenderer renderer = new PageRenderer(theme, content, new Breadcrumbs(titleByUrl, theme.messages()), options,
                options.preview() ? rendered : null);
        HtmlPostProcessor post = new HtmlPostProcessor(targets, glossary, readingContext(site, pages));
        SearchDocuments.ReadyPages readyForSearch = new SearchDocuments.ReadyPages(glossary);
        timer.lap("assets");
        AsciidocEngine.awaitStart();
        timer.lap("await-asciidoctor");
        convertEach(pages, PageAttributes.of(site), (page, conversion) -> {
            HtmlPostProcessor.Processed result = finish(page, conversion, post, problems);
            htmlByUrl.put(page.url(), result.html());
            textByUrl.put(page.url(), result.text());
            readingGrades.put(page.source(), result.readingGrade());
            if (generatedTitles.containsKey(page.url())) return;
            renderer.renderContentPage(page, output);
            // A preview keeps its last index while the pages stay the same, so it makes none ready ahead.
            if (!options.preview()) readyForSearch.add(page, result.text());
        });
        timer.lap("convert");
        Map<String, String> generatedSummaries = renderer.renderGenerated(output);
        timer.lap("render");
        output.putWhenDone(SiteOutput.fileFor(SiteUrls.SEARCH_INDEX), SearchDocuments.indexJson(content, textByUrl,
                generatedTitles, generatedSummaries, options.preview() ? lastIndex : new SearchDocuments.LastIndex(), readyForSearch));
        SiteFiles.addFeeds(content, titleByUrl.keySet(), output);
        timer.lap("feeds+search");
        timer.print();
        if (problems.hasErrors()) throw new BuildFailedException(problems.sorted());
        return new BuildResult(output, problems.sorted(), pages, new TreeMap<>(readingGrades));
    }

    private static LinkTargets linkTargets(List<Page> all, List<Page> included, Map<String, String> generated, SiteOutput assets) {
        Map<String, String> urlBySource = new LinkedHashMap<>();
        included.forEach(p -> urlBySource.put(p.source(), p.url()));
        Set<String> published = new HashSet<>(urlBySource.values());
        published.addAll(generated.keySet());
        published.addAll(SiteFiles.PATHS);
        assets.files().keySet().forEach(path -> published.add("/" + path));
        Set<String> unpublished = all.stream().map(Page::source).filter(s -> !urlBySource.containsKey(s)).collect(Collectors.toSet());
        return new LinkTargets(urlBySource, published, unpublished);
    }

    /**
     * Converts the pages one after another on this thread while the other cores finish and render
     * each page as soon as it is converted. JRuby gains nothing from two threads converting at
     * once, even sharing one Asciidoctor: at 1,000 pages on 2 cores a thread per core converting
     * and finishing took 5.79 s against this way's 5.50 s (medians of 10 rounds).
     */
    private void convertEach(List<Page> pages, Map<String, Object> attributes,
                             BiConsumer<Page, AsciidocEngine.Conversion> finishing) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        try {
            List<Future<?>> finished = new ArrayList<>();
            for (Page page : pages) {
                AsciidocEngine.Conversion conversion = conversionOf(page, attributes);
                finished.add(workers.submit(() -> finishing.accept(page, conversion)));
            }
            for (Future<?> page : finished) page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** A converted page post-processed and checked; in preview, reused while its conversion and the settings stay the same. */
    private HtmlPostProcessor.Processed finish(Page page, AsciidocEngine.Conversion conversion, HtmlPostProcessor post,
                                               Problems problems) {
        FinishedPage last = finished.get(page.source());
        if (last != null && last.conversion() == conversion && last.settings().equals(post.settings())) {
            last.problems().forEach(problems::add);
            return last.processed();
        }
        Problems own = new Problems();
        conversion.messages().forEach(message -> AsciidoctorMessages.report(page, message, own));
        HtmlPostProcessor.Processed processed = post.process(page, conversion.html(), own);
        own.sorted().forEach(problems::add);
        if (options.preview()) finished.put(page.source(), new FinishedPage(conversion, post.settings(), processed, own.sorted()));
        return processed;
    }

    private record FinishedPage(AsciidocEngine.Conversion conversion, HtmlPostProcessor.Settings settings,
                                HtmlPostProcessor.Processed processed, List<org.haven.problems.Problem> problems) {
    }

    private static HtmlPostProcessor.ReadingContext readingContext(SiteConfig site, List<Page> pages) {
        Set<String> coveredPdfs = new HashSet<>();
        Set<String> withEasyRead = new HashSet<>();
        for (Page page : pages) {
            for (String attribute : List.of("report", "briefing", "covers")) {
                String value = page.header().get(attribute);
                if (value != null) coveredPdfs.add(value);
            }
            if (page.easyRead()) withEasyRead.add(ContentFolder.standardFileOf(page.source()));
        }
        return new HtmlPostProcessor.ReadingContext(site.readingGradeLimit(), coveredPdfs, withEasyRead);
    }

    private AsciidocEngine.Conversion conversionOf(Page page, Map<String, Object> attributes) {
        Path file = siteRoot.resolve(page.source());
        if (!options.preview()) return AsciidocEngine.convert(file, page.text().text(), siteRoot, attributes);
        Optional<Map<String, String>> includes = IncludedFiles.of(file, page.text().text());
        CachedConversion cached = conversions.get(page.source());
        if (cached != null && cached.text().equals(page.text().text()) && cached.attributes().equals(attributes)
                && includes.isPresent() && cached.includes().equals(includes.get())) {
            return cached.conversion();
        }
        AsciidocEngine.Conversion conversion = AsciidocEngine.convert(file, page.text().text(), siteRoot, attributes);
        conversions.put(page.source(), new CachedConversion(page.text().text(), attributes, includes.orElse(Map.of()), conversion));
        return conversion;
    }

    /** A page's conversion, kept while its text, the files it includes and the site's attributes stay the same. */
    private record CachedConversion(String text, Map<String, Object> attributes, Map<String, String> includes,
                                    AsciidocEngine.Conversion conversion) {
    }
}
