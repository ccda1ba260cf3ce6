package org.haven.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.theme.InterfaceLanguages;
import org.haven.theme.Messages;
import org.haven.views.LinkView;

/**
 * The trail from the home page to a page: every folder above it that has a page or, for
 * levels, priorities, reviews and news in a folder with no page, the listing they belong to.
 * Where a page on the trail has a translation in the language of the page the trail leads to,
 * the crumb names and links to the translation.
 */
public final class Breadcrumbs {
    private static final String HOME = "breadcrumbs.home";
    private final Map<String, String> titleByUrl;
    private final Map<String, String> languageByUrl;
    private final Map<String, List<LinkView>> languageVersionsByUrl;
    private final InterfaceLanguages languages;
    private final String siteLanguage;

    /**
     * @param titleByUrl    the title of every page in the build, content and generated
     * @param languageByUrl the language of each content page in another language than the site's
     * @param languageVersionsByUrl for each page in several languages, by its address: a link to every language's version
     * @param languages     where the first crumb's wording comes from, in the page's language
     */
    public Breadcrumbs(
            Map<String, String> titleByUrl,
            Map<String, String> languageByUrl,
            Map<String, List<LinkView>> languageVersionsByUrl,
            InterfaceLanguages languages,
            String siteLanguage) {
        this.titleByUrl = titleByUrl;
        this.languageByUrl = languageByUrl;
        this.languageVersionsByUrl = languageVersionsByUrl;
        this.languages = languages;
        this.siteLanguage = siteLanguage;
    }

    /** The trail to a generated page, in the site's language. */
    public List<LinkView> to(String url) {
        return to(url, siteLanguage);
    }

    private List<LinkView> to(String url, String language) {
        List<LinkView> trail = new ArrayList<>();
        if (url.equals(SiteUrls.HOME)) return trail;
        Messages messages = languages.forLanguage(language);
        trail.add(new LinkView(
                messages.text(HOME), linkTo(SiteUrls.HOME, language).url(), messages.languageOf(HOME)));
        String[] parts = url.split("/");
        StringBuilder path = new StringBuilder("/");
        for (int i = 1; i < parts.length - 1; i++) {
            path.append(parts[i]).append('/');
            if (titleByUrl.containsKey(path.toString())) add(trail, linkTo(path.toString(), language), url);
        }
        return trail;
    }

    /** The page at {@code url}, or its translation into {@code language} where it has one. */
    private LinkView linkTo(String url, String language) {
        Language wanted = new Language(language);
        return languageVersionsByUrl.getOrDefault(url, List.of()).stream()
                .filter(version -> new Language(version.lang()).sameAs(wanted))
                .findFirst()
                .orElseGet(() -> new LinkView(titleByUrl.get(url), url, languageByUrl.getOrDefault(url, siteLanguage)));
    }

    /** A translation may stand in the folder it translates: no crumb leads to the page itself, or twice to one page. */
    private static void add(List<LinkView> trail, LinkView crumb, String pageUrl) {
        if (crumb.url().equals(pageUrl) || trail.stream().anyMatch(c -> c.url().equals(crumb.url()))) return;
        trail.add(crumb);
    }

    public List<LinkView> to(Page page) {
        String language = page.lang() == null ? siteLanguage : page.lang();
        List<LinkView> trail = to(page.url(), language);
        String listing = page.easyRead()
                ? null
                : switch (page.type()) {
                    case LEVEL -> SiteUrls.LEVELS;
                    case PRIORITY -> SiteUrls.plan(page.priority().orElseThrow().plan());
                    case REVIEW -> SiteUrls.REVIEWS;
                    case NEWS -> SiteUrls.NEWS;
                    default -> null;
                };
        // The listing stands in for the page's folder: where the folder has a page of its own
        // (a priority under /plan/ has "Business plan 2023 to 2026"), a second crumb naming
        // the same thing would only confuse.
        boolean inAFolderWithAPage = trail.size() > 1;
        if (listing != null && titleByUrl.containsKey(listing) && !inAFolderWithAPage) {
            add(trail, linkTo(listing, language), page.url());
        }
        return trail;
    }
}
