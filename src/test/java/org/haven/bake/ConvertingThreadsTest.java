package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haven.problems.Problems;
import org.haven.support.ExampleSite;
import org.haven.support.SiteFolderFixture;
import org.haven.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages may be converted on several threads, sharing a JRuby runtime or each with its own; how
 * many follows the cores unless HAVEN_CONVERTING_THREADS or HAVEN_JRUBY_RUNTIMES says.
 */
class ConvertingThreadsTest {
    @Test
    void theExampleSiteConvertsToTheSameHtmlAndMessagesOnOneThreadOrTwoSharingARuntimeOrEachWithItsOwn() {
        Map<String, AsciidocEngine.Conversion> one = conversions(new Converting(1, 1));
        assertTrue(one.size() > 50, "the example site's pages: " + one.size());
        assertEquals(one, conversions(new Converting(2, 1)));
        assertEquals(one, conversions(new Converting(2, 2)));
    }

    @Test
    void whatAsciidoctorSaysOfAPageIsToldOfThatPageWhicheverThreadConvertedIt(@TempDir Path folder) {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder);
        for (int page = 1; page <= 12; page++) {
            site.write(
                    "content/news/item-" + page + ".adoc",
                    "= News " + page + "\n:jbake-type: page\n:jbake-status: published\n:summary: News.\n\n"
                            + "A paragraph.\n\n".repeat(page) + "=== A heading two levels down\n\nText.\n");
        }
        Map<String, AsciidocEngine.Conversion> converted = conversions(folder, new Converting(3, 2));
        for (int page = 1; page <= 12; page++) {
            List<AsciidocEngine.Message> said =
                    converted.get("content/news/item-" + page + ".adoc").messages();
            assertEquals(1, said.size(), "page " + page + ": " + said);
            assertTrue(said.get(0).text().contains("section title out of sequence"), said.toString());
            assertEquals(6 + 2 * page, said.get(0).line(), "page " + page + ": " + said);
        }
    }

    @Test
    void byDefaultOneRuntimeAndAThreadForEachCoreConvertingKeepsBusy() {
        assertEquals(new Converting(1, 1), Converting.of(1, Map.of()));
        assertEquals(new Converting(1, 1), Converting.of(2, Map.of()));
        assertEquals(new Converting(2, 1), Converting.of(4, Map.of()));
        assertEquals(new Converting(5, 1), Converting.of(8, Map.of()));
        assertEquals(new Converting(9, 1), Converting.of(16, Map.of()));
    }

    @Test
    void theSettingsAreTakenAsGiven() {
        assertEquals(
                new Converting(3, 2),
                Converting.of(2, Map.of("HAVEN_CONVERTING_THREADS", "3", "HAVEN_JRUBY_RUNTIMES", "2")));
        assertEquals(
                new Converting(4, 1),
                Converting.of(16, Map.of("HAVEN_CONVERTING_THREADS", "4", "HAVEN_JRUBY_RUNTIMES", "1")));
    }

    @Test
    void aThreadCountThatIsNotANumberIsRefusedSayingWhatToSet() {
        BadSettingException refused = assertThrows(
                BadSettingException.class, () -> Converting.of(2, Map.of("HAVEN_CONVERTING_THREADS", "two")));
        assertEquals(
                "HAVEN_CONVERTING_THREADS is 'two', which is not a number of threads. Set it to a whole number from 1"
                        + " to 64 (such as HAVEN_CONVERTING_THREADS=2), or unset it to let Haven choose for this computer.",
                refused.getMessage());
        assertThrows(BadSettingException.class, () -> Converting.of(2, Map.of("HAVEN_JRUBY_RUNTIMES", "0")));
    }

    @Test
    void runtimesAskedForAloneGetAThreadEach() {
        assertEquals(new Converting(2, 2), Converting.of(2, Map.of("HAVEN_JRUBY_RUNTIMES", "2")));
        assertEquals(new Converting(5, 2), Converting.of(8, Map.of("HAVEN_JRUBY_RUNTIMES", "2")));
    }

    @Test
    void moreRuntimesThanThreadsAreRefused() {
        BadSettingException refused = assertThrows(
                BadSettingException.class,
                () -> Converting.of(2, Map.of("HAVEN_CONVERTING_THREADS", "1", "HAVEN_JRUBY_RUNTIMES", "2")));
        assertEquals(
                "HAVEN_JRUBY_RUNTIMES is 2 but HAVEN_CONVERTING_THREADS is 1: each runtime needs a thread of its own."
                        + " Set HAVEN_JRUBY_RUNTIMES to at most 1, or unset it.",
                refused.getMessage());
    }

    @Test
    void onePageToConvertStartsOneThreadAndOneRuntime() {
        assertEquals(new Converting(1, 1), new Converting(4, 4).atMost(1));
        assertEquals(new Converting(4, 2), new Converting(4, 2).atMost(1000));
    }

    private static Map<String, AsciidocEngine.Conversion> conversions(Converting threads) {
        return conversions(ExampleSite.ROOT, threads);
    }

    private static Map<String, AsciidocEngine.Conversion> conversions(Path site, Converting threads) {
        Path root = site.toAbsolutePath().normalize();
        BuildOptions options = BuildOptions.publish();
        Problems problems = new Problems();
        SiteSource source = SiteSource.readAndCheck(root, options, BuildCache.none(), problems);
        SiteOutput assets = new SiteOutput();
        SiteBuilder.copyAssets(root, assets, problems);
        SitePlan plan = SitePlan.of(
                source,
                options.today(),
                assets.files().keySet(),
                Theme.load(root).languages());
        Map<String, AsciidocEngine.Conversion> bySource = new TreeMap<>();
        new PageConverter(root, false, BuildCache.none(), threads)
                .convertAll(
                        plan.content().pages(),
                        plan.attributes(),
                        plan.referableAttributes(),
                        BuildProgress.silent(),
                        (page, converted) -> {
                            synchronized (bySource) {
                                bySource.put(page.source(), converted.conversion());
                            }
                        });
        return bySource;
    }
}
