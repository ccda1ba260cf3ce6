package org.haven.listings;

import java.util.Collection;

/** {@code /sitemap.xml} and {@code /robots.txt}. */
public final class Sitemap {
    private Sitemap() {}

    /** @param urls every page's site path, in a stable order */
    public static String of(String baseUrl, Collection<String> urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            if (url.endsWith(".html")) continue;
            xml.append("  <url><loc>")
                    .append(Xml.escape(WebAddress.of(baseUrl, url)))
                    .append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(String baseUrl) {
        PathPrefix prefix = PathPrefix.of(baseUrl);
        return "User-agent: *\nAllow: " + prefix.to(SiteUrls.HOME) + "\nDisallow: " + prefix.to(SiteUrls.SEARCH_INDEX)
                + "\n\nSitemap: " + WebAddress.of(baseUrl, SiteUrls.SITEMAP) + "\n";
    }
}
