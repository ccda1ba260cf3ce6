package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cache entry that was cut short (a full disk, a killed build), damaged, or is another
 * entry's under this one's name (a cache restored badly in CI) is found out, dropped and made
 * again: the site built is the clean build's, and the entry is sound afterwards. So is a pack
 * of entries cut short as a whole.
 */
@ExtendWith(CacheWrittenFirst.class)
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
    void aDamagedEntryIsMadeAgainAndNeverPublished(String damage) {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        BuildOptions options = new BuildOptions(false, EditableSite.FIRST_DAY);
        SortedMap<String, byte[]> clean = site.builtCleanAndCachedIn(cacheFolder, options);
        Map<String, byte[]> entries = new LinkedHashMap<>(BuildCache.storedEntries(cacheFolder));
        List<String> conversions = conversions(entries);
        String damaged = conversions.get(0);
        byte[] sound = entries.get(damaged);
        entries.put(
                damaged,
                damage.equals("another page's")
                        ? entries.get(conversions.get(1))
                        : DAMAGE.get(damage).apply(sound));
        BuildCache.storeEntries(cacheFolder, entries);

        BuildCache cache = BuildCache.in(cacheFolder);
        SortedMap<String, byte[]> cached = site.builtWith(cache, options);

        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(1, cache.use().dropped(), "the damaged entry was found out: " + cache.use());
        assertEquals(1, cache.use().made(), "the damaged entry alone was made again: " + cache.use());
        assertArrayEquals(sound, BuildCache.in(cacheFolder).storedEntry(damaged));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 1000})
    void aPackCutShortIsAnEmptyCache(int bytesLost) throws Exception {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        BuildOptions options = new BuildOptions(false, EditableSite.FIRST_DAY);
        SortedMap<String, byte[]> clean = site.builtCleanAndCachedIn(cacheFolder, options);
        Path pack = BuildCache.packFiles(cacheFolder).get(0);
        byte[] whole = Files.readAllBytes(pack);
        Files.write(pack, Arrays.copyOf(whole, whole.length - bytesLost));

        BuildCache cache = BuildCache.in(cacheFolder);
        SortedMap<String, byte[]> cached = site.builtWith(cache, options);

        assertEquals(clean.keySet(), cached.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(0, cache.use().reused(), "nothing was read from the damaged pack: " + cache.use());
    }

    /** The keys of the entries that are pages' conversions. */
    private static List<String> conversions(Map<String, byte[]> entries) {
        List<String> conversions = entries.entrySet().stream()
                .filter(entry -> BuildCache.contentsOf(
                                java.nio.ByteBuffer.wrap(entry.getValue()), new CacheKey(entry.getKey()))
                        .flatMap(ConversionCache::decode)
                        .isPresent())
                .map(Map.Entry::getKey)
                .toList();
        assertTrue(conversions.size() > 3, "every page's conversion is kept: " + conversions.size());
        return conversions;
    }
}
