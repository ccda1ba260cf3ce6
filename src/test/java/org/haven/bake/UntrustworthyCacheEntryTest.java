package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cache entry that was cut short (a full disk, a killed build), damaged, or is another
 * entry's under this one's name (a cache restored badly in CI) is found out, dropped and made
 * again: the site built is the clean build's, and the entry is sound afterwards.
 */
class UntrustworthyCacheEntryTest {
    private static final Map<String, UnaryOperator<byte[]>> DAMAGE = Map.of(
            "truncated", entry -> Arrays.copyOf(entry, entry.length / 2),
            "one byte changed",
                    entry -> {
                        byte[] damaged = entry.clone();
                        damaged[damaged.length - 10] ^= 0x20;
                        return damaged;
                    },
            "emptied", entry -> new byte[0],
            "not Haven's", entry -> "<html>a web page saved here by mistake</html>".getBytes());

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "one byte changed", "emptied", "not Haven's", "another page's"})
    void aDamagedEntryIsMadeAgainAndNeverPublished(String damage) throws IOException {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        BuildOptions options = new BuildOptions(false, EditableSite.FIRST_DAY);
        SortedMap<String, byte[]> clean =
                new SiteBuilder(site.root(), options).build().output().files();
        new SiteBuilder(site.root(), options, BuildCache.in(cacheFolder), BuildProgress.silent()).build();
        List<Path> entries = entries(cacheFolder);
        Path damaged = entries.get(0);
        byte[] sound = Files.readAllBytes(damaged);
        Files.write(
                damaged,
                damage.equals("another page's")
                        ? Files.readAllBytes(entries.get(1))
                        : DAMAGE.get(damage).apply(sound));

        BuildCache cache = BuildCache.in(cacheFolder);
        SortedMap<String, byte[]> cached = new SiteBuilder(site.root(), options, cache, BuildProgress.silent())
                .build()
                .output()
                .files();

        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(
                new BuildCache.Use(entries.size() - 1, 1, 1), cache.use(), "the damaged entry alone was made again");
        assertArrayEquals(sound, Files.readAllBytes(damaged));
    }

    private static List<Path> entries(Path cacheFolder) throws IOException {
        try (Stream<Path> files = Files.walk(cacheFolder)) {
            List<Path> entries = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(BuildCache.MARKER))
                    .sorted()
                    .toList();
            assertTrue(entries.size() > 3, "every page's conversion is kept: " + entries);
            return entries;
        }
    }
}
