package org.haven.bake;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import org.haven.hosting.SecurityHeaders;
import org.haven.listings.AtomFeed;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;
import org.haven.listings.Sitemap;

/**
 * The files beside the pages: Atom feed, sitemap, robots.txt and the hosts' {@code _headers}
 * ({@link #PATHS} also names the search index).
 */
final class SiteFiles {
    /** Netlify's and Cloudflare Pages' file of response headers; other hosts ignore it. */
    static final String HEADERS = "/_headers";

    static final Set<String> PATHS =
            Set.of(SiteUrls.FEED, SiteUrls.SITEMAP, SiteUrls.ROBOTS, SiteUrls.SEARCH_INDEX, HEADERS);

    private SiteFiles() {}

    static void addFeeds(SiteContent content, Collection<String> pageUrls, SiteOutput output) {
        String base = content.site().baseUrl();
        output.put(SiteOutput.fileFor(SiteUrls.FEED), utf8(AtomFeed.of(content)));
        output.put(
                SiteOutput.fileFor(SiteUrls.SITEMAP),
                utf8(Sitemap.of(
                        base,
                        pageUrls.stream().sorted().toList(),
                        content.translations().alternatesByUrl(content.site().language()))));
        output.put(SiteOutput.fileFor(SiteUrls.ROBOTS), utf8(Sitemap.robots(base)));
        output.put(SiteOutput.fileFor(HEADERS), utf8(SecurityHeaders.headersFile()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
