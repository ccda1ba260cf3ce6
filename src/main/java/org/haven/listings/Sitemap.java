package org.haven.listings;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** {@code /sitemap.xml} and {@code /robots.txt}. */
public final class Sitemap {
    private Sitemap() {}

    /**
     * @param urls every page's site path, in a stable order
     * @param alternates for a page in several languages, the address of each (as search engines are told of them)
     */
    public static String of(
            String baseUrl, Collection<String> urls, Map<String, List<Translations.Alternate>> alternates) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(alternates.isEmpty() ? "" : " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .append(">\n");
        for (String url : urls) {
            if (url.endsWith(".html")) continue;
            xml.append("  <url><loc>")
                    .append(Xml.escape(WebAddress.of(baseUrl, url)))
                    .append("</loc>");
            for (Translations.Alternate alternate : alternates.getOrDefault(url, List.of())) {
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                        .append(Xml.escape(alternate.hreflang()))
                        .append("\" href=\"")
                        .append(Xml.escape(WebAddress.of(baseUrl, alternate.url())))
                        .append("\"/>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(String baseUrl) {
        PathPrefix prefix = PathPrefix.of(baseUrl);
        return "User-agent: *\nAllow: " + prefix.to(SiteUrls.HOME) + "\nDisallow: " + prefix.to(SiteUrls.SEARCH_INDEX)
                + "\n\nSitemap: " + WebAddress.of(baseUrl, SiteUrls.SITEMAP) + "\n";
    }
}
