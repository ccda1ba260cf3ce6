package org.haven.bake;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
     * @param navigation the header's main links, in the theme's messages
     * @param prefix the path the site is published under, added to every address a page holds
     * @param cache what the last preview build rendered, or null
     * @param stored what earlier builds rendered, kept between them
     */
    PageRenderer(
            Theme theme,
            SiteContent content,
            Breadcrumbs breadcrumbs,
            Navigation navigation,
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
        this.navigation = navigation;
        this.prefix = prefix;
        this.shared = stored.standInsFor(siteView, urls, ThemeAssets.PATHS);
    }

    /**
     * Renders one content page around its finished HTML.
     *
     * @param htmlKey the key the finished HTML was made under, if it has one: the page's model is
     *     then digested with that key in the HTML's place, and outside a preview HTML not decoded
     *     yet is decoded only if the page must be rendered again
     */
    void renderContentPage(Page page, HtmlBody html, Optional<CacheKey> htmlKey, SiteOutput output) {
        Map<Object, String> standIns = new IdentityHashMap<>(shared);
        PageView digested;
        Supplier<PageView> toRender;
        if (htmlKey.isPresent() && cache == null && !html.decoded()) {
            // Named after the key too, so that even walked as text it stands for this body alone.
            String standIn = "finished " + htmlKey.get().hex();
            standIns.put(standIn, htmlKey.get().hex());
            digested = pageViews.of(page, standIn);
            toRender = () -> pageViews.of(page, html.text());
        } else {
            String body = html.text();
            htmlKey.ifPresent(key -> standIns.put(body, key.hex()));
            PageView view = pageViews.of(page, body);
            digested = view;
            toRender = () -> view;
        }
        output.put(
                SiteOutput.fileFor(page.url()),
                render(page.url(), templateFor(page), digested, toRender, null, null, standIns));
    }

    /**
     * The generated pages, which list and quote the content pages.
     *
     * @param htmlByUrl every content page's finished HTML by its URL; null for a URL with no content page
     */
    List<GeneratedPage> generated(Function<String, String> htmlByUrl) {
        return new GeneratedPages(content, htmlByUrl, pageViews, theme.messages()).all();
    }

    /** Renders the generated pages, on every core. */
    void renderGenerated(List<GeneratedPage> generated, SiteOutput output) {
        generated.parallelStream()
                .forEach(page -> output.put(
                        SiteOutput.fileFor(page.url()),
                        render(
                                page.url(),
                                page.template(),
                                page.page(),
                                page::page,
                                page.intro(),
                                page.model(),
                                shared)));
    }

    /** Each generated page's summary (its meta description), by URL. */
    static Map<String, String> summaries(List<GeneratedPage> generated) {
        Map<String, String> summaries = new HashMap<>();
        for (GeneratedPage page : generated)
            summaries.put(page.url(), Objects.toString(page.page().summary(), ""));
        return Map.copyOf(summaries);
    }

    /**
     * @param digested the page as its model is digested, to find whether it is kept
     * @param toRender the page as it is rendered when it is not: the same, with its body decoded
     */
    private byte[] render(
            String url,
            String template,
            PageView digested,
            Supplier<PageView> toRender,
            String intro,
            Record extra,
            Map<Object, String> standIns) {
        Map<String, Object> model = model(url, digested, intro, extra);
        if (cache != null) return cache.render(url, template, model, () -> html(template, model));
        return stored.render(template, model, standIns, () -> {
            PageView page = toRender.get();
            return html(template, page == digested ? model : model(url, page, intro, extra));
        });
    }

    private Map<String, Object> model(String url, PageView page, String intro, Record extra) {
        InterfaceText ui = InterfaceText.of(theme.languages(), page.lang(), siteView.language());
        return new TemplateModel(
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
    }

    private byte[] html(String template, Map<String, Object> model) {
        return prefix.addToPage(theme.render(template, model)).getBytes(StandardCharsets.UTF_8);
    }

    private static String templateFor(Page page) {
        return page.easyRead() ? "easy-read" : page.type().word();
    }
}
