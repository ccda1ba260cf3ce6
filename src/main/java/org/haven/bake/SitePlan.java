package org.haven.bake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.content.ContentFolder;
import org.haven.content.Page;
import org.haven.listings.Breadcrumbs;
import org.haven.listings.GeneratedPages;
import org.haven.listings.SiteContent;
import org.haven.listings.Translations;
import org.haven.theme.InterfaceLanguages;
import org.haven.views.LinkView;

/**
 * The second phase, plan: before any page is converted, what the site will hold. Every page's
 * URL and title, the generated pages Haven adds, what a link may point at, the attributes
 * every page is converted with (and those it may refer to) and what the reading checks need to know about the whole site.
 *
 * @param generatedTitles the generated pages' titles by URL; a content page at one of these URLs is its introduction
 * @param titleByUrl every page's title by URL, generated pages first
 */
record SitePlan(
        SiteContent content,
        Map<String, String> generatedTitles,
        Map<String, String> titleByUrl,
        LinkTargets linkTargets,
        Map<String, Object> attributes,
        Set<String> referableAttributes,
        HtmlPostProcessor.ReadingContext reading,
        InterfaceLanguages languages) {

    /**
     * @param assetPaths every asset file the site publishes, by path under the output folder
     * @param languages the theme's wording, whose English names the generated pages
     */
    static SitePlan of(
            SiteSource source, LocalDate today, Collection<String> assetPaths, InterfaceLanguages languages) {
        SiteContent content = new SiteContent(source.site(), source.glossary(), source.pages(), today);
        Map<String, String> generatedTitles = GeneratedPages.titles(content, languages.english());
        Map<String, String> titleByUrl = new LinkedHashMap<>(generatedTitles);
        source.pages().forEach(p -> titleByUrl.put(p.url(), p.title()));
        return new SitePlan(
                content,
                Collections.unmodifiableMap(generatedTitles),
                Collections.unmodifiableMap(titleByUrl),
                linkTargets(source, generatedTitles.keySet(), assetPaths),
                Collections.unmodifiableMap(PageAttributes.of(source.site())),
                Set.copyOf(PageAttributes.referable(source.site()).keySet()),
                readingContext(source),
                languages);
    }

    /** A content page at a generated page's URL is not a page of its own. */
    boolean isIntroduction(Page page) {
        return generatedTitles.containsKey(page.url());
    }

    Breadcrumbs breadcrumbs() {
        Map<String, String> languageByUrl = new LinkedHashMap<>();
        content.pages().stream().filter(p -> p.lang() != null).forEach(p -> languageByUrl.put(p.url(), p.lang()));
        return new Breadcrumbs(
                titleByUrl,
                languageByUrl,
                languageVersionsByUrl(),
                languages,
                content.site().language());
    }

    private Map<String, List<LinkView>> languageVersionsByUrl() {
        String siteLanguage = content.site().language();
        Map<String, List<LinkView>> versions = new LinkedHashMap<>();
        for (Translations.Group group : content.translations().groups()) {
            List<LinkView> links = group.members().stream()
                    .map(p -> new LinkView(
                            p.title(), p.url(), p.language(siteLanguage).tag()))
                    .toList();
            group.members().forEach(p -> versions.put(p.url(), links));
        }
        return versions;
    }

    private static LinkTargets linkTargets(
            SiteSource source, Set<String> generatedUrls, Collection<String> assetPaths) {
        Map<String, String> urlBySource = new LinkedHashMap<>();
        source.pages().forEach(p -> urlBySource.put(p.source(), p.url()));
        Set<String> published = new HashSet<>(urlBySource.values());
        published.addAll(generatedUrls);
        published.addAll(SiteFiles.PATHS);
        assetPaths.forEach(path -> published.add("/" + path));
        Set<String> unpublished = source.allPages().stream()
                .map(Page::source)
                .filter(s -> !urlBySource.containsKey(s))
                .collect(Collectors.toSet());
        return new LinkTargets(urlBySource, published, unpublished);
    }

    private static HtmlPostProcessor.ReadingContext readingContext(SiteSource source) {
        Set<String> coveredPdfs = new HashSet<>();
        Set<String> withEasyRead = new HashSet<>();
        for (Page page : source.pages()) {
            for (String attribute : List.of("report", "briefing", "covers")) {
                String value = page.header().get(attribute);
                if (value != null) coveredPdfs.add(value);
            }
            if (page.easyRead()) withEasyRead.add(ContentFolder.standardFileOf(page.source()));
        }
        return new HtmlPostProcessor.ReadingContext(
                source.site().readingGradeLimit(),
                coveredPdfs,
                withEasyRead,
                source.site().language(),
                source.site().emergencyPhone());
    }
}
