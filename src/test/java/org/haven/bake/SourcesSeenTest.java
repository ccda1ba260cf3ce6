package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build starts JRuby at once when the site's page or data files are not as the last build saw
 * them: any file added, removed, resized or saved again. The note of them is kept only in a
 * cache folder Haven made.
 */
@ExtendWith(CacheWrittenFirst.class)
class SourcesSeenTest {
    @TempDir
    Path site;

    @Test
    void changeWhenAPageOrDataFileIsAddedSavedOrRemoved() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("content/index.adoc"), "= Home\n");
        Files.writeString(site.resolve("data/site.yaml"), "name: Testshire\n");
        SourcesSeen first = SourcesSeen.now(site);
        assertEquals(first, SourcesSeen.now(site), "nothing changed");

        Files.writeString(site.resolve("content/news.adoc"), "= News\n");
        SourcesSeen added = SourcesSeen.now(site);
        assertNotEquals(first, added, "a page added");

        Files.setLastModifiedTime(site.resolve("data/site.yaml"), FileTime.fromMillis(1_000));
        SourcesSeen saved = SourcesSeen.now(site);
        assertNotEquals(added, saved, "a data file saved again, the same size");

        Files.delete(site.resolve("content/news.adoc"));
        assertNotEquals(saved, SourcesSeen.now(site), "a page removed");
    }

    @Test
    void areNotedOnlyInAFolderHavenMadeForItsCache() throws IOException {
        Path others = Files.createDirectories(site.resolve("someone-elses"));
        BuildCache notOurs = BuildCache.in(others);
        SourcesSeen seen = SourcesSeen.now(site);
        notOurs.saw(seen);
        assertFalse(Files.exists(others.resolve(SourcesSeen.FILE)));

        Path ours = Files.createDirectories(site.resolve("cache"));
        Files.writeString(ours.resolve(BuildCache.MARKER), "Haven's build cache\n");
        BuildCache cache = BuildCache.in(ours);
        assertFalse(cache.sawBefore(seen));
        cache.saw(seen);
        assertTrue(BuildCache.in(ours).sawBefore(seen));
    }
}
