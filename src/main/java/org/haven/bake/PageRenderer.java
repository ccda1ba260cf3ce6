package org.haven.bake;

import org.haven.content.Contact;
import org.haven.content.ContentFolder;
import org.haven.content.Page;
import org.haven.content.PageType;
import org.haven.content.PhoneNumbers;
import org.haven.content.SiteConfig;
import org.haven.listings.Breadcrumbs;
import org.haven.listings.Dates;
import org.haven.listings.GeneratedPage;
import org.haven.listings.GeneratedPages;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;
import org.haven.listings.Views;
import org.haven.theme.Theme;
import org.haven.theme.ThemeAssets;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Renders every page of the site through the theme: content pages by type, then the generated ones. */
final class PageRenderer {
    private final Theme theme;
    private final SiteContent content;
    private final Breadcrumbs breadcrumbs;
    private final BuildOptions options;
    private final Map<String, Object> siteView;
    private final List<Map<String, String>> navigation;
    private final RenderCache cache;

    /** @param cache what the last build rendered, or null to render every page */
    PageRenderer(Theme theme, SiteContent content, Breadcrumbs breadcrumbs, BuildOptions options, RenderCache cache) {
        this.cache = cache;
        this.theme = theme;
        this.content = content;
        this.breadcrumbs = breadcrumbs;
        this.options = options;
        this.siteView = siteView(content.site(), content.today());
        this.navigation = navigation(content);
    }

    /** Renders one content page around its finished HTML. */
    void renderContentPage(Page page, String html, SiteOutput output) {
        output.put(SiteOutput.fileFor(page.url()), render(page.url(), templateFor(page), pageView(page, html), Map.of()));
    }

    /**
     * Renders the generated pages, which list and quote the content pages.
     *
     * @param htmlByUrl every content page's finished HTML
     * @return each generated page's summary (its meta description), by URL
     */
    Map<String, String> renderGenerated(Map<String, String> htmlByUrl, SiteOutput output) {
        Map<String, String> summaries = new ConcurrentHashMap<>();
        new GeneratedPages(content, htmlByUrl, breadcrumbs).all().parallelStream().forEach(page -> {
            Map<String, Object> view = (Map<String, Object>) page.model().get("page");
            output.put(SiteOutput.fileFor(page.url()), render(page.url(), page.template(), view, page.model()));
            summaries.put(page.url(), Objects.toString(view.get("summary"), ""));
        });
        return Map.copyOf(summaries);
    }

    private Map<String, Object> pageView(Page page, String html) {
        String easyRead = null;
        String standard = null;
        if (page.easyRead()) {
            standard = ContentFolder.urlOf(ContentFolder.standardFileOf(page.source()));
        } else {
            String companion = page.source().substring(0, page.source().length() - ".adoc".length()) + ContentFolder.EASY_READ_SUFFIX;
            if (content.byUrl().containsKey(ContentFolder.urlOf(companion))) easyRead = ContentFolder.urlOf(companion);
        }
        Map<String, Object> view = Views.page(page, html, breadcrumbs.to(page), easyRead,
                standard, content.site().language());
        view.put("draft", page.draft() || page.isScheduledAfter(content.today()));
        return view;
    }

    private byte[] render(String url, String template, Map<String, Object> page, Map<String, Object> extra) {
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("page", page);
        model.put("site", siteView);
        model.put("navigation", currentIn(navigation, (String) page.get("url")));
        model.put("preview", options.preview());
        model.put("assets", ThemeAssets.PATHS.asMap());
        if (cache == null) return theme.render(template, model).getBytes(StandardCharsets.UTF_8);
        return cache.render(url, template, model, () -> theme.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    private static String templateFor(Page page) {
        return page.easyRead() ? "easy-read" : page.type().word();
    }

    private static List<Map<String, Object>> currentIn(List<Map<String, String>> navigation, String url) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, String> item : navigation) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.put("current", url.startsWith(item.get("url")));
            items.add(copy);
        }
        return items;
    }

    /** The header's main links: only to parts the site has. */
    private static List<Map<String, String>> navigation(SiteContent content) {
        List<Map<String, String>> links = new ArrayList<>();
        content.ofType(PageType.CONCERN).stream()
                .filter(p -> p.audience() != org.haven.content.Audience.PROFESSIONAL)
                .findFirst().or(() -> content.ofType(PageType.CONCERN).stream().findFirst())
                .ifPresent(p -> links.add(Views.link("Report a concern", p.url())));
        Map<String, String> generated = GeneratedPages.titles(content);
        if (generated.containsKey(SiteUrls.LEVELS)) links.add(Views.link("Levels of need", SiteUrls.LEVELS));
        if (generated.containsKey(SiteUrls.PLANS)) links.add(Views.link("Our priorities", SiteUrls.PLANS));
        if (generated.containsKey(SiteUrls.REVIEWS)) links.add(Views.link("Learning from reviews", SiteUrls.REVIEWS));
        if (generated.containsKey(SiteUrls.NEWS)) links.add(Views.link("News", SiteUrls.NEWS));
        content.at("/about/").ifPresent(p -> links.add(Views.link("About us", p.url())));
        return links;
    }

    /** @param builtOn the day of this build: a printed page says it showed the site as it was then */
    private static Map<String, Object> siteView(SiteConfig site, LocalDate builtOn) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", site.name());
        view.put("shortName", site.shortName());
        view.put("url", site.baseUrl());
        view.put("language", site.language());
        view.put("emergencyPhone", site.emergencyPhone());
        view.put("emergencyPhoneHref", PhoneNumbers.telHref(site.emergencyPhone()));
        view.put("exitUrl", site.exitUrl());
        view.put("example", site.example());
        view.put("builtOn", Dates.iso(builtOn));
        view.put("builtOnText", Dates.text(builtOn));
        view.put("contacts", site.contacts().stream().map(PageRenderer::contactView).toList());
        view.put("publicContacts", site.publicContacts().stream().map(PageRenderer::contactView).toList());
        view.put("professionalContacts", site.professionalContacts().stream().map(PageRenderer::contactView).toList());
        return view;
    }

    private static Map<String, Object> contactView(Contact contact) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", contact.id());
        view.put("name", contact.name());
        view.put("audience", contact.audience().word());
        view.put("phone", contact.phone());
        view.put("phoneHref", contact.phoneHref());
        view.put("hours", contact.hours());
        view.put("url", contact.url());
        view.put("email", contact.email());
        return view;
    }
}
