package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build starts JRuby as soon as it finds a page or data file whose bytes the last build did not
 * see: a file added, removed or changed. A file saved again with the same bytes, as every file
 * is in a fresh checkout in CI, is no change, so a build with nothing to convert there does not
 * start JRuby. The note of them is kept only in a cache folder Haven made.
 */
@ExtendWith(CacheWrittenFirst.class)
class SourcesSeenTest {
    @TempDir
    Path site;

    @Test
    void aChangeIsAFileAddedChangedOrRemovedNotOneSavedAgainWithTheSameBytes() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("content/index.adoc"), "= Home\n");
        Files.writeString(site.resolve("data/site.yaml"), "name: Testshire\n");
        SourcesSeen first = seenNow(SourcesSeen.none(), true, "no note: every file is new");
        SourcesSeen same = seenNow(first, false, "nothing changed");

        Files.writeString(site.resolve("content/news.adoc"), "= News\n");
        SourcesSeen added = seenNow(same, true, "a page added");

        Files.setLastModifiedTime(site.resolve("data/site.yaml"), FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(site.resolve("content/index.adoc"), FileTime.fromMillis(2_000));
        SourcesSeen checkedOut = seenNow(added, false, "files saved again with the same bytes, as a checkout does");

        Files.writeString(site.resolve("data/site.yaml"), "name: Testshira\n");
        Files.setLastModifiedTime(site.resolve("data/site.yaml"), FileTime.fromMillis(3_000));
        SourcesSeen changed = seenNow(checkedOut, true, "a data file changed, at the same size");
        assertEquals(changed.text(), seenNow(changed, false, "read again").text());

        Files.delete(site.resolve("content/news.adoc"));
        seenNow(changed, true, "a page removed");
    }

    @Test
    void aNoteThatCannotBeReadIsNoNote() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/index.adoc"), "= Home\n");
        SourcesSeen seen = seenNow(SourcesSeen.none(), true, "no note");
        String text = seen.text();

        seenNow(SourcesSeen.read(text), false, "the note read back");
        seenNow(SourcesSeen.read("1 2 nothing content/index.adoc\n<html>\n"), true, "a damaged note");
        seenNow(SourcesSeen.read(text.substring(0, text.length() / 2)), true, "a note cut short");
    }

    @Test
    void areNotedOnlyInAFolderHavenMadeForItsCache() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/index.adoc"), "= Home\n");
        SourcesSeen seen = seenNow(SourcesSeen.none(), true, "no note");
        Path others = Files.createDirectories(site.resolve("someone-elses"));
        BuildCache.in(others).saw(seen);
        assertFalse(Files.exists(others.resolve(SourcesSeen.FILE)));

        Path ours = Files.createDirectories(site.resolve("cache"));
        Files.writeString(ours.resolve(BuildCache.MARKER), "Haven's build cache\n");
        BuildCache cache = BuildCache.in(ours);
        assertEquals("", cache.lastSeen().text());
        cache.saw(seen);
        seenNow(BuildCache.in(ours).lastSeen(), false, "the note the last build left");
    }

    private SourcesSeen seenNow(SourcesSeen last, boolean changeExpected, String what) {
        AtomicInteger changes = new AtomicInteger();
        SourcesSeen now = SourcesSeen.now(site, last, changes::incrementAndGet);
        assertEquals(changeExpected ? 1 : 0, changes.get(), what);
        return now;
    }
}
