package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.haven.support.BuiltSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another partnership's site, written only to the content contract, builds with the default theme. */
class OtherPartnershipTest {
    static final Path SOURCE = Path.of("src/test/resources/sites/riverside").toAbsolutePath();

    @TempDir
    static Path output;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SOURCE, output);
    }

    @Test
    void usesTheDefaultThemeOnEveryPage() {
        for (String url : site.pages())
            site.assertEveryPagePromise(url, "999", "https://www.google.com/search?q=weather");
        assertTrue(site.has("/theme/css/haven.css"));
        assertTrue(site.has("/images/easy/phone.svg"), "the default easy-read pictures come with the theme");
    }

    @Test
    void showsItsOwnNameAndPublicContactsButNotProfessionalOnes() {
        Document home = site.page("/");
        assertTrue(home.text().contains("Riverside Children's Safeguarding Partnership"));
        assertFalse(home.select("a[href=tel:+442079460123]").isEmpty(), "the public contact as a tel: link");
        assertFalse(home.select("a[href=tel:+442079460999]").isEmpty(), "the out-of-hours contact");
    }

    @Test
    void contactAttributesAreFilledIn() {
        String page = site.page("/help/tell-us/").select("main").text();
        assertTrue(page.contains("020 7946 0123") && page.contains("8am to 6pm on weekdays"), page);
    }

    @Test
    void draftsAndFutureDatedPagesAreLeftOut() {
        assertFalse(site.has("/news/work-in-progress/"));
        assertFalse(site.has("/news/upcoming/"));
        assertFalse(site.text("/news/").contains("Something not yet announced"));
        assertFalse(site.text("/feed.xml").contains("Something not yet announced"));
    }

    @Test
    void expiredNewsLeavesTheHomePageButStaysInTheArchive() {
        assertFalse(site.text("/").contains("Spring conference"));
        assertTrue(site.text("/news/").contains("Spring conference"));
    }

    @Test
    void levelsAndPlansAndReviewsAreGenerated() {
        assertEquals(
                3,
                site.page("/levels-of-need/").select("main a[href^=/thresholds/level-]").stream()
                        .map(a -> a.attr("href"))
                        .distinct()
                        .count());
        Document plan = site.page("/plans/2024-2027/");
        assertTrue(
                plan.text().indexOf("Listening to children") < plan.text().indexOf("Early help"),
                "joint priorities come first");
        assertNotNull(site.page("/priorities/early-help/").selectFirst(".haven-chart svg"));
        assertTrue(site.has("/reviews/themes/neglect/"), "themes written in different cases fall together");
        assertTrue(site.text("/reviews/themes/neglect/").contains("Child R")
                && site.text("/reviews/themes/neglect/").contains("Adult K"));
        assertTrue(site.has("/reviews/types/cspr/")
                && site.has("/reviews/types/sar/")
                && site.has("/reviews/years/2022/"));
    }

    @Test
    void theEasyReadPageUsesTheDefaultPictures() {
        Document easy = site.page("/help/tell-us/easy-read/");
        assertEquals(
                "/images/easy/phone.svg",
                easy.selectFirst(".haven-easy-picture img").attr("src"));
        assertFalse(site.page("/help/tell-us/")
                .select("a[href=/help/tell-us/easy-read/]")
                .isEmpty());
    }

    @Test
    void aSiteThatIsNotAnExampleHasNoExampleBanner() {
        for (String url : site.pages()) assertNull(site.page(url).selectFirst(".haven-example"), url);
    }

    @Test
    void aTargetsTableWithBaselineAndActualColumnsIsChartedWithEachKindLabelled() {
        Document priority = site.page("/priorities/early-help/");
        assertEquals(
                "2024/25 actual", priority.select(".haven-targets th").get(3).text(), "the table is shown as written");
        List<String> values =
                priority.select(".haven-targets text.haven-chart-value").eachText();
        assertEquals(
                List.of("48% baseline", "55% target", "58% actual", "70% target", "85% target"), values.subList(0, 5));
        assertEquals(
                List.of("Baseline", "Target", "Actual"),
                priority.select(".haven-chart-legend text").eachText());
    }

    @Test
    void tablesScrollInsideThemselvesOnNarrowScreens() {
        assertNotNull(site.page("/about/").selectFirst(".haven-table-wrapper[tabindex=0] table"));
    }
}
