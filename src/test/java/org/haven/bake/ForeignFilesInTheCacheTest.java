package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cache restored from a CI cache or a shared folder may hold anything under the names Haven
 * reads and writes there. A pipe is not waited on (a build that read it would never end), and a
 * link is not followed out of the folder, neither to read nor to write: the build is the clean
 * build, and the file the link points to is as it was.
 */
@ExtendWith(CacheWrittenFirst.class)
class ForeignFilesInTheCacheTest {
    private static final String OUTSIDE = "a file of someone else's, outside the cache\n";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {CachePacks.LIST, SourcesSeen.FILE, "the first pack"})
    void aLinkInPlaceOfACacheFileIsNeitherReadNorWrittenThrough(String name) throws IOException {
        Path outside = Files.writeString(folder.resolve("outside.txt"), OUTSIDE);
        assertTheCleanBuild(name, cacheFile -> Files.createSymbolicLink(cacheFile, outside));
        assertEquals(OUTSIDE, Files.readString(outside));
    }

    @Test
    void aLinkInPlaceOfTheMarkerMakesNothingWhereItPoints() throws IOException {
        Path nowhere = folder.resolve("nothing-here-yet");
        assertTheCleanBuild(BuildCache.MARKER, cacheFile -> Files.createSymbolicLink(cacheFile, nowhere));
        assertFalse(Files.exists(nowhere, LinkOption.NOFOLLOW_LINKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {CachePacks.LIST, SourcesSeen.FILE, "the first pack"})
    void aPipeInPlaceOfACacheFileIsNotWaitedOn(String name) throws IOException {
        assertTheCleanBuild(name, cacheFile -> {
            int made;
            try {
                made = new ProcessBuilder("mkfifo", cacheFile.toString())
                        .start()
                        .waitFor();
            } catch (IOException e) {
                made = -1;
            }
            assumeTrue(made == 0, "mkfifo makes a pipe on this system");
            assertFalse(Files.isRegularFile(cacheFile));
        });
    }

    private interface PutInPlace {
        void of(Path cacheFile) throws IOException, InterruptedException;
    }

    /** Builds the site into a cache, puts something else in place of the named file, edits a page and builds again. */
    private void assertTheCleanBuild(String name, PutInPlace foreign) throws IOException {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        BuildOptions options = new BuildOptions(false, EditableSite.FIRST_DAY);
        site.builtWith(BuildCache.in(cacheFolder), options);
        Path cacheFile = name.equals("the first pack")
                ? BuildCache.packFiles(cacheFolder).get(0)
                : cacheFolder.resolve(name);
        Files.delete(cacheFile);
        try {
            foreign.of(cacheFile);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        site.put("content/about/us.adoc", site.read("content/about/us.adoc") + "\nOne more line.\n");
        SortedMap<String, byte[]> clean = site.builtClean(options);
        SortedMap<String, byte[]> cached = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> site.builtWith(BuildCache.in(cacheFolder), options));
        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
    }
}
