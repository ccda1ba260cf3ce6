package org.haven.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.haven.content.Page;
import org.haven.listings.GeneratedPage;
import org.haven.listings.GeneratedPages;
import org.haven.listings.Navigation;
import org.haven.listings.PathPrefix;
import org.haven.listings.SiteUrls;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import org.haven.problems.Problems;
import org.haven.search.SearchDocuments;
import org.haven.theme.Theme;
import org.haven.theme.ThemeAssets;

/**
 * Builds a whole site in memory, in phases: read and check ({@link SiteSource}), plan
 * ({@link SitePlan}), convert ({@link PageConverter}) and finish ({@link PageFinisher}, then
 * {@link PageRenderer}) each page, render the generated pages, index, and hand every file to
 * the writer. Convert and finish overlap: each page is finished on another core while the
 * next is converted, and each file is handed on as soon as it is made.
 * <p>
 * Nothing is written here but the {@link BuildCache}; a build with an error throws
 * {@link BuildFailedException} and the caller keeps the last good site. Each page's conversion
 * and finished body are reused from the cache while what they were made from stays the same,
 * so a build with nothing changed never starts Asciidoctor. A previewing builder, kept between
 * builds as {@code serve} keeps it, also keeps them in memory and renders again only the pages
 * whose template model changed.
 */
public final class SiteBuilder {
    private final Path siteRoot;
    private final BuildOptions options;
    private final PageConverter converter;
    private final PageFinisher finisher;
    private final BuildProgress progress;
    private final BuildCache cache;
    private final RenderCache rendered = new RenderCache();
    private final SearchDocuments.LastIndex lastIndex = new SearchDocuments.LastIndex();
    /** How this build found the site's files, for the next build's hint of when to start JRuby; null in preview. */
    private final CompletableFuture<SourcesSeen> seen;

    public SiteBuilder(Path siteRoot, BuildOptions options) {
        this(siteRoot, options, BuildCache.none(), BuildProgress.silent());
    }

    /**
     * @param cache what earlier builds made; when it holds entries, Asciidoctor starts only once
     *     a page is found that must be converted
     */
    public SiteBuilder(Path siteRoot, BuildOptions options, BuildCache cache, BuildProgress progress) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.options = options;
        this.converter = new PageConverter(this.siteRoot, options.preview(), cache);
        this.finisher = new PageFinisher(options.preview());
        this.progress = progress;
        this.cache = cache;
        if (!cache.holdsEntries()) converter.startAsciidoctor();
        this.seen = cache.keeps() && !options.preview()
                ? Background.onItsOwnThread("haven-sources", this::startAsciidoctorIfChanged)
                : null;
    }

    /** JRuby starts as soon as a site file is found whose bytes the last build did not see: a page will most likely be converted. */
    private SourcesSeen startAsciidoctorIfChanged() {
        // Without entries JRuby started as the builder was made, and warming up again does nothing.
        return SourcesSeen.now(siteRoot, cache.lastSeen(), AsciidocEngine::warmUp);
    }

    public BuildResult build() {
        return build(new SiteOutput());
    }

    /**
     * Builds the site, handing each file to {@code whenMade} as soon as it is made (to be written
     * while the rest is built) and keeping only its path: every file has been handed over once
     * {@link SiteOutput#paths} returns.
     */
    public BuildResult build(BiConsumer<String, byte[]> whenMade) {
        return build(SiteOutput.handingOver(whenMade));
    }

    private BuildResult build(SiteOutput output) {
        BuildResult result;
        try {
            result = buildAll(output);
        } catch (RuntimeException | Error e) {
            // A failed build keeps every entry for the build after the fix, once the work it
            // started on other threads (the search index) is done.
            cache.finishAfter(output.allMade(), false);
            noteSourcesSeen();
            throw e;
        }
        // A preview, with its drafts, keeps every entry for the next publishing build.
        cache.finishAfter(output.allMade(), !options.preview());
        noteSourcesSeen();
        return result;
    }

    /** A hint that could not be made is only no hint. */
    private void noteSourcesSeen() {
        SourcesSeen now =
                seen == null ? null : seen.exceptionally(failed -> null).join();
        if (now != null) cache.saw(now);
    }

    private BuildResult buildAll(SiteOutput output) {
        PhaseTimer timer = new PhaseTimer();
        Problems problems = new Problems();
        // The theme and the assets owe nothing to the pages: they load on a thread of their own
        // while the pages are read.
        CompletableFuture<Theme> loading = Background.onItsOwnThread("haven-theme", () -> {
            copyAssets(siteRoot, output, problems);
            return Theme.load(siteRoot);
        });
        SiteSource source;
        try {
            source = SiteSource.readAndCheck(siteRoot, options, cache, problems);
        } catch (RuntimeException | Error e) {
            // It puts files in the output: a failed build gives the output back only once it is done.
            loading.exceptionally(ignored -> null).join();
            throw e;
        }
        Theme theme = Background.joined(loading);
        timer.lap("read+check");
        SitePlan plan = SitePlan.of(source, options.today(), output.paths(), theme.languages());
        Navigation navigation = new Navigation(plan.content(), theme.messages());
        navigation.reportPagesNotFound(problems);
        theme.languages().missingWording(languages(plan)).forEach(problems::add);
        timer.lap("plan");
        PageRenderer renderer = renderer(plan, theme, navigation);
        SearchEntries searchEntries = new SearchEntries(cache, source.glossary(), source.thesaurus());
        SearchDocuments.ReadyPages readyForSearch =
                new SearchDocuments.ReadyPages(source.glossary(), source.thesaurus(), searchEntries);
        FinishedPages finished = convertAndFinish(plan, problems, (page, processed, key) -> {
            if (plan.isIntroduction(page)) return;
            renderer.renderContentPage(page, processed.html(), key, output);
            // A preview keeps its last index while the pages stay the same, so it makes none ready ahead.
            if (!options.preview())
                readyForSearch.add(page, page.language(source.site().language()).tag(), processed.text());
        });
        progress.done();
        timer.lap("convert+finish");
        List<GeneratedPage> generated = renderer.generated(finished::htmlAt);
        renderer.renderGenerated(generated, output);
        timer.lap("render-generated");
        // Made after the generated pages, not beside them: making lunr's index of a large site
        // while they render took more memory than the heap the launcher gives (5,000 pages).
        index(plan, finished, PageRenderer.summaries(generated), readyForSearch, output);
        SiteFiles.addFeeds(plan.content(), plan.titleByUrl().keySet(), output);
        timer.lap("feeds");
        timer.print();
        List<Problem> found = source.said(problems, options.today());
        if (problems.hasErrors()) throw new BuildFailedException(found);
        return new BuildResult(
                output, found, source.pages(), finished.readingGradesBySource(source.pages()), source.site());
    }

    /** The languages pages are shown in: the site's and every page's own. */
    private static Set<String> languages(SitePlan plan) {
        Set<String> languages = new TreeSet<>(List.of(plan.content().site().language()));
        plan.content().pages().stream().map(Page::lang).filter(Objects::nonNull).forEach(languages::add);
        return languages;
    }

    static void copyAssets(Path siteRoot, SiteOutput output, Problems problems) {
        ThemeAssets.load(siteRoot).files().forEach(output::put);
        SiteAssets.copy(siteRoot, output, problems);
    }

    private PageRenderer renderer(SitePlan plan, Theme theme, Navigation navigation) {
        if (options.preview()) rendered.forgetIfTemplatesChanged(siteRoot);
        // The preview serves the site at its own root, whatever path the site is published under.
        PathPrefix prefix = options.preview()
                ? PathPrefix.NONE
                : PathPrefix.of(plan.content().site().url());
        return new PageRenderer(
                theme,
                plan.content(),
                plan.breadcrumbs(),
                navigation,
                prefix,
                options,
                options.preview() ? rendered : null,
                new RenderedPages(cache, siteRoot, prefix, theme.languages()));
    }

    /**
     * Converts the pages on the converting threads while the other cores finish each page as soon
     * as it is converted and hand it to {@code whenFinished}.
     */
    private FinishedPages convertAndFinish(SitePlan plan, Problems problems, WhenFinished whenFinished) {
        PageFinisher.Site site = PageFinisher.Site.of(plan, cache);
        FinishedPages finished = new FinishedPages(GeneratedPages.bodiesShown(
                plan.content(), plan.generatedTitles().keySet()));
        ExecutorService workers =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        try {
            List<Future<?>> finishing = Collections.synchronizedList(new ArrayList<>());
            converter.convertAll(
                    plan.content().pages(),
                    plan.attributes(),
                    plan.referableAttributes(),
                    progress,
                    (page, converted) -> {
                        Runnable finish = () -> {
                            HtmlPostProcessor.Processed processed = finisher.finish(page, converted, site, problems);
                            finished.add(page, processed);
                            whenFinished.accept(page, processed, PageFinisher.keyOf(page, converted, site));
                        };
                        // A page found in the cache is finished on the core that found it, as it takes
                        // all of them; one just converted goes to the cores the converting threads leave.
                        if (converted.reused()) finish.run();
                        else finishing.add(workers.submit(finish));
                    });
            for (Future<?> page : finishing) page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return finished;
    }

    /** What to do with each finished page, given the key its body is kept under if it has one. */
    private interface WhenFinished {
        void accept(Page page, HtmlPostProcessor.Processed processed, Optional<CacheKey> key);
    }

    /** The search index, made on another thread while the site is written; a preview reuses its last one while the pages stay the same. */
    private void index(
            SitePlan plan,
            FinishedPages finished,
            Map<String, String> generatedSummaries,
            SearchDocuments.ReadyPages ready,
            SiteOutput output) {
        SearchDocuments.LastIndex last = options.preview() ? lastIndex : new SearchDocuments.LastIndex();
        output.putWhenDone(
                SiteOutput.fileFor(SiteUrls.SEARCH_INDEX),
                SearchDocuments.indexJson(
                        plan.content(), finished.textByUrl(), plan.generatedTitles(), generatedSummaries, last, ready));
    }
}
