package org.haven.listings;

import org.haven.content.Slugs;
import org.haven.views.UrlsView;

/** The addresses of the pages Haven generates. */
public final class SiteUrls {
    public static final String HOME = "/";
    public static final String LEVELS = "/levels-of-need/";
    public static final String PLANS = "/plans/";
    public static final String REVIEWS = "/reviews/";
    public static final String NEWS = "/news/";
    public static final String GLOSSARY = "/glossary/";
    public static final String A_TO_Z = "/a-z/";
    public static final String ACCESSIBILITY = "/accessibility/";
    public static final String STAYING_SAFE = "/staying-safe-online/";
    public static final String SEARCH = "/search/";
    public static final String LANGUAGES = "/languages/";
    public static final String SEARCH_INDEX = "/search/index.json";
    public static final String NOT_FOUND = "/404.html";
    public static final String FEED = "/feed.xml";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";

    /** The same, as templates are given them ({@code urls}), on a site with pages in other languages. */
    public static final UrlsView FOR_TEMPLATES = new UrlsView(
            HOME, LEVELS, PLANS, REVIEWS, NEWS, FEED, GLOSSARY, A_TO_Z, ACCESSIBILITY, STAYING_SAFE, SEARCH, LANGUAGES);

    /** As templates are given them: {@code languages} is null on a site with no page in another language, which has no such page. */
    public static UrlsView forTemplates(SiteContent content) {
        return content.translations().any() ? FOR_TEMPLATES : FOR_TEMPLATES.withoutLanguages();
    }

    private SiteUrls() {}

    public static String plan(String plan) {
        return PLANS + Slugs.slug(plan) + "/";
    }

    public static String reviewTheme(String theme) {
        return REVIEWS + "themes/" + Slugs.slug(theme) + "/";
    }

    public static String reviewType(String type) {
        return REVIEWS + "types/" + Slugs.slug(type) + "/";
    }

    public static String reviewYear(int year) {
        return REVIEWS + "years/" + year + "/";
    }
}
