package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.haven.support.BuiltSite;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sitemap and the feed give each page's address as a crawler or feed reader needs it: escaped, é as %C3%A9. */
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
}
