package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.support.BuiltSite;
import org.haven.support.Folders;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own templates/messages.yaml words the pages Haven generates, its header and its search index. */
class SiteWordingTest {
    @TempDir
    Path source;

    @TempDir
    Path output;

    @Test
    void theSitesWordingIsUsedWhereverHavensWouldBe() throws IOException {
        Folders.copyTree(OtherPartnershipTest.SOURCE, source);
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(
                source.resolve("templates/messages.yaml"),
                "levels.title: Thresholds of need\nnavigation.plans: Our business plan\nreviews-year.title: Reviews from {year}\n");
        BuiltSite site = BuiltSite.build(source, output);

        Document levels = site.page("/levels-of-need/");
        assertEquals("Thresholds of need", levels.selectFirst("h1").text());
        List<String> header = site.page("/").select("#haven-navigation a").eachText();
        assertTrue(header.contains("Our business plan") && header.contains("Learning from reviews"), header.toString());
        assertEquals(
                "Reviews from 2022",
                site.page("/reviews/years/2022/").selectFirst("title").text().split(" – ")[0]);
        assertTrue(site.text("/search/index.json").contains("Thresholds of need"));
    }
}
