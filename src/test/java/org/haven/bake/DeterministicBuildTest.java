package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.haven.support.ExampleSite;
import org.haven.support.Folders;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, and a rebuild rewrites only what changed. */
class DeterministicBuildTest {
    @TempDir
    Path folder;

    @Test
    void buildingTheExampleSiteTwiceGivesIdenticalFiles() throws IOException {
        Path source = ExampleSite.ROOT;
        assertEquals(
                0,
                HavenRun.of(
                                "build",
                                "--source",
                                source.toString(),
                                "--output",
                                folder.resolve("a").toString())
                        .exitCode());
        assertEquals(
                0,
                HavenRun.of(
                                "build",
                                "--source",
                                source.toString(),
                                "--output",
                                folder.resolve("b").toString())
                        .exitCode());
        Map<String, String> first = Folders.contents(folder.resolve("a"));
        assertTrue(first.size() > 50);
        assertEquals(first, Folders.contents(folder.resolve("b")));
    }

    @Test
    void aRebuildAfterOneEditRewritesOnlyTheFilesThatChanged() {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        String out = folder.resolve("out").toString();
        HavenRun.of("build", "--source", site.root().toString(), "--output", out);
        HavenRun unchanged = HavenRun.of("build", "--source", site.root().toString(), "--output", out);
        assertTrue(unchanged.out().contains("(0 files changed)"), unchanged.out());
        site.write("content/reporting/worried.adoc", SiteFolderFixture.CONCERN + "\nOne more line.\n");
        HavenRun edited = HavenRun.of("build", "--source", site.root().toString(), "--output", out);
        int changed = Integer.parseInt(edited.out().replaceAll("(?s).*\\((\\d+) files changed\\).*", "$1"));
        assertTrue(changed >= 1 && changed <= 3, "the page, and the search index and sitemap at most: " + edited.out());
    }
}
