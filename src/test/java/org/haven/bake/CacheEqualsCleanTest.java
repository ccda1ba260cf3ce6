package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache changes how fast a site is built, never what is built: after every edit of a
 * random sequence, a build that reuses what earlier builds kept gives, byte for byte, the
 * files and the warnings (or the errors) of a clean build. That holds for a publishing build
 * in a new process each time, as CI runs it, and for {@code serve}'s builder, kept between
 * builds with its memory. The sequence is seeded; a failure names the seed and the edits, and
 * {@code -Dhaven.cache.seed=SEED} runs the same sequence again. It runs for
 * {@code haven.cache.seconds} (45 by default; bench/cache-equals-clean runs it longer).
 */
@ExtendWith(CacheWrittenFirst.class)
class CacheEqualsCleanTest {
    private static final long SEED = Long.getLong("haven.cache.seed", System.nanoTime());
    private static final long SECONDS = Long.getLong("haven.cache.seconds", 45);
    private static final int FEWEST_EDITS = 10;

    @TempDir
    Path folder;

    @Test
    void aCachedBuildAfterAnySequenceOfEditsIsTheCleanBuild() {
        Random random = new Random(SEED);
        EditableSite site = EditableSite.write(folder.resolve("site"));
        BuildCache.Use total = new BuildCache.Use(0, 0, 0);
        int published = 0;
        List<String> edits = new ArrayList<>();
        java.util.Map<String, Integer> stoppedBy = new java.util.TreeMap<>();
        Previewing previewing = new Previewing(site);
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        while (edits.size() < FEWEST_EDITS || System.nanoTime() < deadline) {
            String said = "seed " + SEED + ", after: " + String.join("; ", edits);
            BuildCache cache = BuildCache.in(folder.resolve("cache"));
            Built clean =
                    build(new SiteBuilder(site.root(), publishing(site), BuildCache.none(), BuildProgress.silent()));
            if (clean.files() != null) published++;
            else
                clean.problems().stream()
                        .filter(Problem::isError)
                        .findFirst()
                        .ifPresent(error -> stoppedBy.merge(error.message(), 1, Integer::sum));
            assertSame(
                    clean,
                    build(new SiteBuilder(site.root(), publishing(site), cache, BuildProgress.silent())),
                    "a publishing build, " + said);
            assertSame(
                    build(new SiteBuilder(site.root(), previewing(site), BuildCache.none(), BuildProgress.silent())),
                    build(previewing.builder()),
                    "a preview, " + said);
            total = plus(total, cache.use());
            edits.add(site.editAtRandom(random));
        }
        System.out.println("CacheEqualsCleanTest: seed " + SEED + ", " + edits.size() + " edits, " + published
                + " sites published, cache " + total + "; the others stopped by " + stoppedBy);
        assertTrue(
                published > edits.size() / 2,
                "most edits leave a site that builds: " + published + " of " + edits.size() + ", seed " + SEED
                        + "; the errors that stopped the rest, with how many builds each stopped: " + stoppedBy);
        assertTrue(total.reused() > edits.size(), "builds reused what earlier builds kept: " + total);
    }

    @Test
    void theComparisonSeesAStaleEntry() {
        EditableSite site = EditableSite.write(folder.resolve("site"));
        Path cacheFolder = folder.resolve("cache");
        build(new SiteBuilder(site.root(), publishing(site), BuildCache.in(cacheFolder), BuildProgress.silent()));
        replaceEveryConversion(cacheFolder, "<p>What the page said before it was edited.</p>");
        Built clean = build(new SiteBuilder(site.root(), publishing(site), BuildCache.none(), BuildProgress.silent()));
        Built stale = build(
                new SiteBuilder(site.root(), publishing(site), BuildCache.in(cacheFolder), BuildProgress.silent()));
        assertNotEquals(clean.difference(stale), "", "a stale entry in the cache shows as a different site");
    }

    /** {@code serve}'s builder, made again when the day changes, as a preview started that day would be. */
    private final class Previewing {
        private final EditableSite site;
        private SiteBuilder builder;
        private java.time.LocalDate day;

        Previewing(EditableSite site) {
            this.site = site;
        }

        SiteBuilder builder() {
            if (!site.today().equals(day)) {
                day = site.today();
                builder = new SiteBuilder(
                        site.root(), previewing(site), BuildCache.in(folder.resolve("cache")), BuildProgress.silent());
            }
            return builder;
        }
    }

    private static BuildOptions publishing(EditableSite site) {
        return new BuildOptions(false, site.today());
    }

    private static BuildOptions previewing(EditableSite site) {
        return new BuildOptions(true, site.today());
    }

    /** A site's files and warnings, or the problems that stopped it. */
    private record Built(SortedMap<String, byte[]> files, List<Problem> problems) {
        String difference(Built other) {
            if (!problems.equals(other.problems)) return "problems " + problems + " against " + other.problems;
            if (files == null || other.files == null) return "";
            if (!files.keySet().equals(other.files.keySet()))
                return "files " + files.keySet() + " against " + other.files.keySet();
            for (String path : files.keySet()) {
                if (!Arrays.equals(files.get(path), other.files.get(path)))
                    return path + " differs:\n" + firstDifference(files.get(path), other.files.get(path));
            }
            return "";
        }

        private static String firstDifference(byte[] clean, byte[] cached) {
            String a = new String(clean, StandardCharsets.UTF_8);
            String b = new String(cached, StandardCharsets.UTF_8);
            int at = 0;
            while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) at++;
            int from = Math.max(0, at - 80);
            return "clean:  …" + a.substring(from, Math.min(a.length(), at + 80)) + "…\ncached: …"
                    + b.substring(from, Math.min(b.length(), at + 80)) + "…";
        }
    }

    private static Built build(SiteBuilder builder) {
        try {
            BuildResult result = builder.build();
            return new Built(result.output().files(), result.warnings());
        } catch (BuildFailedException e) {
            return new Built(null, e.problems());
        }
    }

    private static void assertSame(Built clean, Built cached, String when) {
        String difference = clean.difference(cached);
        if (!difference.isEmpty()) fail("The cached build differs from the clean one, " + when + ": " + difference);
        assertEquals("", difference);
    }

    /** Every entry in the cache made a conversion that says {@code html}, each well-formed under its own key. */
    private static void replaceEveryConversion(Path cacheFolder, String html) {
        byte[] stale = ConversionCache.encode(new AsciidocEngine.Conversion(html, List.of()));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        BuildCache.storedEntries(cacheFolder)
                .keySet()
                .forEach(key -> entries.put(key, BuildCache.entry(new CacheKey(key), stale)));
        BuildCache.storeEntries(cacheFolder, entries);
    }

    private static BuildCache.Use plus(BuildCache.Use a, BuildCache.Use b) {
        return new BuildCache.Use(a.reused() + b.reused(), a.made() + b.made(), a.dropped() + b.dropped());
    }
}
