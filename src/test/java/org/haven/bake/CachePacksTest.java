package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page edit adds a small pack to the cache instead of copying every entry again, the next
 * build reads across the packs, and the cache neither grows without end nor trusts a pack that is
 * gone.
 */
class CachePacksTest {
    private static final BuildOptions OPTIONS = new BuildOptions(false, EditableSite.FIRST_DAY);

    @TempDir
    Path folder;

    @Test
    void aOnePageEditAddsASmallPackAndTheNextBuildReusesEntriesFromEvery() throws IOException {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        site.builtCleanAndCachedIn(cacheFolder, OPTIONS);
        Path first = BuildCache.packFiles(cacheFolder).get(0);
        byte[] firstBytes = Files.readAllBytes(first);

        addASentence(site, 1);
        BuildCache edited = BuildCache.in(cacheFolder);
        site.builtWith(edited, OPTIONS);

        List<Path> packs = BuildCache.packFiles(cacheFolder);
        assertEquals(2, packs.size(), packs.toString());
        assertArrayEquals(firstBytes, Files.readAllBytes(first), "the first pack is as it was");
        assertTrue(
                Files.size(packs.get(1)) * 4 < Files.size(first),
                "the edit's pack holds only what the edit made: " + Files.size(packs.get(1)) + " bytes against "
                        + Files.size(first));

        SortedMap<String, byte[]> clean = site.builtClean(OPTIONS);
        BuildCache unchanged = BuildCache.in(cacheFolder);
        SortedMap<String, byte[]> cached = site.builtWith(unchanged, OPTIONS);
        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(0, unchanged.use().made(), "every entry came from one pack or the other: " + unchanged.use());
        assertEquals(packs, BuildCache.packFiles(cacheFolder), "a build that made nothing wrote nothing");
    }

    @Test
    void manyEditsNeverListMoreThanEightPacksNorLeaveUnlistedOnes() throws IOException {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        site.builtCleanAndCachedIn(cacheFolder, OPTIONS);

        for (int edit = 1; edit <= 12; edit++) {
            addASentence(site, edit);
            site.builtWith(BuildCache.in(cacheFolder), OPTIONS);
            List<Path> listed = BuildCache.packFiles(cacheFolder);
            assertTrue(listed.size() <= 8, "edit " + edit + ": " + listed);
            try (Stream<Path> files = Files.list(cacheFolder)) {
                List<Path> packs = files.filter(file -> file.toString().endsWith(".pack"))
                        .sorted()
                        .toList();
                assertEquals(listed.stream().sorted().toList(), packs, "edit " + edit + ": only listed packs are kept");
            }
        }
    }

    @Test
    void aListedPackThatIsGoneOnlyCostsTheEntriesItHeld() throws IOException {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        site.builtCleanAndCachedIn(cacheFolder, OPTIONS);
        addASentence(site, 1);
        site.builtWith(BuildCache.in(cacheFolder), OPTIONS);
        Files.delete(BuildCache.packFiles(cacheFolder).get(1));

        SortedMap<String, byte[]> clean = site.builtClean(OPTIONS);
        BuildCache cache = BuildCache.in(cacheFolder);
        SortedMap<String, byte[]> cached = site.builtWith(cache, OPTIONS);

        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertTrue(cache.use().made() > 0, "the edited page's entries were made again: " + cache.use());
        assertTrue(cache.use().reused() > cache.use().made(), "the first pack's were reused: " + cache.use());
    }

    @Test
    void theOnePackOfTheCachesEarlierLayoutIsDeleted() throws IOException {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        Files.createDirectories(cacheFolder);
        Files.writeString(cacheFolder.resolve(BuildCache.MARKER), "");
        Files.writeString(cacheFolder.resolve("entries.pack"), "the pack of an earlier Haven");

        site.builtWith(BuildCache.in(cacheFolder), OPTIONS);

        assertFalse(Files.exists(cacheFolder.resolve("entries.pack")));
        assertEquals(1, BuildCache.packFiles(cacheFolder).size());
    }

    private static void addASentence(EditableSite site, int edit) throws IOException {
        String home = Files.readString(site.root().resolve("content/index.adoc"));
        site.put("content/index.adoc", home + "\nEdit " + edit + " adds this sentence.\n");
    }
}
