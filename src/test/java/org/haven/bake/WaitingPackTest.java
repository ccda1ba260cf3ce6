package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Windows a build cannot replace the pack it still has mapped, so it leaves its own beside it,
 * waiting: the next build takes the waiting pack as the last build's, never the older one.
 */
class WaitingPackTest {
    @TempDir
    Path folder;

    @Test
    void theNextBuildReusesTheWaitingPackAndPutsItInPlace() throws Exception {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        BuildOptions options = new BuildOptions(false, EditableSite.FIRST_DAY);
        SortedMap<String, byte[]> clean = site.builtCleanAndCachedIn(cacheFolder, options);
        Path pack = cacheFolder.resolve(BuildCache.PACK);
        Path waiting = cacheFolder.resolve(BuildCache.WAITING_PACK);
        Files.move(pack, waiting);
        byte[] lastBuilds = Files.readAllBytes(waiting);
        Files.writeString(pack, "the pack of an older build, which this one must not read");

        BuildCache cache = BuildCache.in(cacheFolder);
        SortedMap<String, byte[]> cached = site.builtWith(cache, options);

        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(0, cache.use().made(), "every entry came from the waiting pack: " + cache.use());
        assertArrayEquals(lastBuilds, Files.readAllBytes(pack), "the waiting pack is now the pack");
        assertFalse(Files.exists(waiting));
    }
}
