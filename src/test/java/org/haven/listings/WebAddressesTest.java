package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.haven.support.BuiltSite;
import org.haven.support.SiteFolderFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sitemap and the feed give each page's address as a crawler or feed reader needs it: escaped, é
 * as %C3%A9, and under the path the site is published at.
 */
class WebAddressesTest {
    @TempDir
    Path folder;

    @Test
    void aPageWhoseNameIsNotPlainAsciiHasAnEscapedAddressInTheSitemapAndTheFeed() {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"))
                .write(
                        "content/news/café-&-chat.adoc",
                        "= Café and chat\n:jbake-type: news\n:jbake-status: published\n"
                                + ":jbake-date: 2024-04-01\n:summary: A new café for parents.\n\nCome along.\n");

        BuiltSite built = BuiltSite.build(site.root(), folder.resolve("out"));

        String address = "https://test.example.org.uk/news/caf%C3%A9-&amp;-chat/";
        assertTrue(built.has("/news/café-&-chat/"), "the page is published under its own name");
        assertTrue(built.text("/sitemap.xml").contains("<loc>" + address + "</loc>"), built.text("/sitemap.xml"));
        assertTrue(built.text("/feed.xml").contains("<id>" + address + "</id>"), built.text("/feed.xml"));
        assertTrue(built.text("/feed.xml").contains("<link href=\"" + address + "\"/>"), built.text("/feed.xml"));
    }

    @Test
    void aSitePublishedUnderAPathHasThePathInEveryAddressItGivesOut() {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"))
                .write(
                        "data/site.yaml",
                        SiteFolderFixture.SITE_YAML.replace(
                                "url: https://test.example.org.uk", "url: https://testshire.github.io/safeguarding/"))
                .write(
                        "content/news/open-day.adoc",
                        "= Open day\n:jbake-type: news\n:jbake-status: published\n"
                                + ":jbake-date: 2024-04-01\n:summary: Come and meet us.\n\n"
                                + "Read link:/reporting/worried/[how to report a concern].\n");

        BuiltSite built = BuiltSite.build(site.root(), folder.resolve("out"));

        String base = "https://testshire.github.io/safeguarding";
        assertTrue(built.text("/sitemap.xml").contains("<loc>" + base + "/news/open-day/</loc>"));
        assertTrue(built.text("/feed.xml").contains("<link href=\"" + base + "/news/open-day/\"/>"));
        assertTrue(built.text("/feed.xml").contains("<link rel=\"self\" href=\"" + base + "/feed.xml\"/>"));
        assertEquals(
                "User-agent: *\nAllow: /safeguarding/\nDisallow: /safeguarding/search/index.json\n\n" + "Sitemap: "
                        + base + "/sitemap.xml\n",
                built.text("/robots.txt"));
        Document news = built.page("/news/open-day/");
        assertEquals(
                base + "/news/open-day/",
                news.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "/safeguarding/reporting/worried/",
                news.selectFirst("main a[href*=worried]").attr("href"));
        Document notFound = built.page("/404.html");
        assertEquals(
                "/safeguarding/theme/css/haven.css",
                notFound.selectFirst("link[href$=haven.css]").attr("href"));
        assertEquals("/safeguarding/", notFound.selectFirst("main a").attr("href"), "the 404 page's link home");
    }
}
