package org.haven.bake;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haven.content.Page;
import org.haven.listings.Breadcrumbs;
import org.haven.listings.GeneratedPage;
import org.haven.listings.GeneratedPages;
import org.haven.listings.Navigation;
import org.haven.listings.PageViews;
import org.haven.listings.PathPrefix;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;
import org.haven.listings.Views;
import org.haven.theme.InterfaceText;
import org.haven.theme.Theme;
import org.haven.theme.ThemeAssets;
import org.haven.views.PageView;
import org.haven.views.SiteView;
import org.haven.views.TemplateModel;
import org.haven.views.UrlsView;

/** Renders every page of the site through the theme: content pages by type, then the generated ones. */
final class PageRenderer {
    private final Theme theme;
    private final SiteContent content;
    private final PageViews pageViews;
    private final BuildOptions options;
    private final SiteView siteView;
    private final Navigation navigation;
    private final RenderCache cache;
    private final RenderedPages stored;
    private final PathPrefix prefix;
    private final UrlsView urls;
    /** What every page's model holds, each by the digest it stands in for. */
    private final Map<Object, String> shared;

    /**
     * @param prefix the path the site is published under, added to every address a page holds
     * @param cache what the last preview build rendered, or null
     * @param stored what earlier builds rendered, kept between them
     */
    PageRenderer(
            Theme theme,
            SiteContent content,
            Breadcrumbs breadcrumbs,
            PathPrefix prefix,
            BuildOptions options,
            RenderCache cache,
            RenderedPages stored) {
        this.cache = cache;
        this.stored = stored;
        this.theme = theme;
        this.content = content;
        this.pageViews = new PageViews(content, breadcrumbs, theme.languages());
        this.urls = SiteUrls.forTemplates(content);
        this.options = options;
        this.siteView = Views.site(content.site(), content.today());
        this.navigation = new Navigation(content, theme.messages());
        this.prefix = prefix;
        this.shared = stored.standInsFor(siteView, urls, ThemeAssets.PATHS);
    }

    /**
     * Renders one content page around its finished HTML.
     *
     * @param htmlKey the key the finished HTML was made under, if it has one
     */
    void renderContentPage(Page page, String html, Optional<CacheKey> htmlKey, SiteOutput output) {
        Map<Object, String> standIns = new IdentityHashMap<>(shared);
        htmlKey.ifPresent(key -> standIns.put(html, key.hex()));
        output.put(
                SiteOutput.fileFor(page.url()),
                render(page.url(), templateFor(page), pageViews.of(page, html), null, null, standIns));
    }

    /**
     * The generated pages, which list and quote the content pages.
     *
     * @param htmlByUrl every content page's finished HTML
     */
    List<GeneratedPage> generated(Map<String, String> htmlByUrl) {
        return new GeneratedPages(content, htmlByUrl, pageViews, theme.messages()).all();
    }

    /** Renders the generated pages, on every core. */
    void renderGenerated(List<GeneratedPage> generated, SiteOutput output) {
        generated.parallelStream()
                .forEach(page -> output.put(
                        SiteOutput.fileFor(page.url()),
                        render(page.url(), page.template(), page.page(), page.intro(), page.model(), shared)));
    }

    /** Each generated page's summary (its meta description), by URL. */
    static Map<String, String> summaries(List<GeneratedPage> generated) {
        Map<String, String> summaries = new HashMap<>();
        for (GeneratedPage page : generated)
            summaries.put(page.url(), Objects.toString(page.page().summary(), ""));
        return Map.copyOf(summaries);
    }

    private byte[] render(
            String url, String template, PageView page, String intro, Record extra, Map<Object, String> standIns) {
        InterfaceText ui = InterfaceText.of(theme.languages(), page.lang(), siteView.language());
        Map<String, Object> model = new TemplateModel(
                        page,
                        siteView,
                        navigation.at(url, ui.messages()),
                        urls,
                        options.preview(),
                        ThemeAssets.PATHS,
                        intro,
                        ui,
                        extra)
                .variables();
        if (cache == null) return stored.render(template, model, standIns, () -> html(template, model));
        return cache.render(url, template, model, () -> html(template, model));
    }

    private byte[] html(String template, Map<String, Object> model) {
        return prefix.addToPage(theme.render(template, model)).getBytes(StandardCharsets.UTF_8);
    }

    private static String templateFor(Page page) {
        return page.easyRead() ? "easy-read" : page.type().word();
    }
}
