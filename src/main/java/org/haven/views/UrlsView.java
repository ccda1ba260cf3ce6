package org.haven.views;

/** {@code urls}: the addresses of the pages and files Haven makes, so templates need not type them. */
public record UrlsView(
        String home,
        String levels,
        String plans,
        String reviews,
        String news,
        String feed,
        String glossary,
        String aToZ,
        String accessibility,
        String stayingSafe,
        String search,
        String languages) {

    /** The same addresses, on a site with no "Help in other languages" page. */
    public UrlsView withoutLanguages() {
        return new UrlsView(
                home, levels, plans, reviews, news, feed, glossary, aToZ, accessibility, stayingSafe, search, null);
    }
}
