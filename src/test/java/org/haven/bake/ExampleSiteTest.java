package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.haven.hosting.SecurityHeaders;
import org.haven.support.BuiltSite;
import org.haven.support.ExampleSite;
import org.haven.theme.InterfaceLanguages;
import org.haven.theme.InterfaceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stockport example site in the repository builds, with every page the generator promises. */
class ExampleSiteTest {
    private static final String SITE_NAME = "Stockport Safeguarding Children Partnership";
    private static final InterfaceLanguages LANGUAGES = InterfaceLanguages.load(ExampleSite.ROOT);

    @TempDir
    static Path output;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(ExampleSite.ROOT, output);
    }

    @Test
    void hasAtLeastTwentyFiveContentPagesAndEveryGeneratedPage() {
        assertTrue(site.pages().size() >= 40, "pages: " + site.pages().size());
        for (String url : List.of(
                "/",
                "/levels-of-need/",
                "/plans/",
                "/plans/2023-2026/",
                "/reviews/",
                "/news/",
                "/glossary/",
                "/a-z/",
                "/accessibility/",
                "/staying-safe-online/",
                "/search/",
                "/404.html",
                "/feed.xml",
                "/sitemap.xml",
                "/robots.txt",
                "/reporting/worried-about-a-child/",
                "/reporting/worried-about-a-child/easy-read/",
                "/plan/easy-read/")) {
            assertTrue(site.has(url), url);
        }
    }

    @Test
    void everyPageKeepsTheThemesPromises() {
        for (String url : site.pages()) site.assertEveryPagePromise(url, "999", "https://www.bbc.co.uk/weather");
    }

    @Test
    void everyPageSaysThisIsAnExampleSiteNotThePartnershipsOwnInItsLanguage() {
        for (String url : site.pages()) {
            Element banner = site.page(url).selectFirst(".haven-example");
            assertNotNull(banner, url);
            String expected = interfaceOf(url).plain("example.text", Map.of("site", SITE_NAME));
            assertTrue(banner.text().contains(expected), url + ": " + banner.text());
        }
    }

    @Test
    void everyPageCarriesItsFullAddressAndTheBuildDateForPrintingInItsLanguage() {
        for (String url : site.pages()) {
            String details = site.page(url).selectFirst(".haven-print-details").text();
            String today = Jsoup.parse(
                            interfaceOf(url).date(LocalDate.now().toString()).toString())
                    .text();
            assertTrue(
                    details.contains(SITE_NAME)
                            && details.contains("https://www.example.org.uk" + url)
                            && details.contains(today),
                    url + ": " + details);
        }
    }

    private static InterfaceText interfaceOf(String url) {
        String lang = site.page(url).selectFirst("html").attr("lang");
        return InterfaceText.of(LANGUAGES, lang, "en-GB");
    }

    @Test
    void levelsOfNeedAreSideBySideInOrderAndLinkEachLevel() {
        Document levels = site.page("/levels-of-need/");
        String text = levels.text();
        int previous = -1;
        for (int level = 1; level <= 4; level++) {
            int at = text.indexOf("Level " + level);
            assertTrue(at > previous, "level " + level + " comes after the one before");
            previous = at;
            assertFalse(
                    levels.select("main a[href=/levels/level-" + level + "/]").isEmpty(), "links level " + level);
        }
    }

    @Test
    void thePlanListsItsFivePrioritiesByScopeWithChartsBesideTheirTables() {
        Document plan = site.page("/plans/2023-2026/");
        assertTrue(
                plan.select("main a[href^=/plan/]").size() >= 5,
                plan.select("main a").toString());
        Document priority = site.page(plan.selectFirst("main a[href^=/plan/]").attr("href"));
        assertNotNull(priority.selectFirst(".haven-targets table"), "the targets table stays");
        assertNotNull(
                priority.selectFirst(".haven-targets figure svg[role=img] title"), "a chart with a title beside it");
        assertTrue(
                priority.selectFirst(".haven-targets svg desc").text().contains("%"),
                "the values are in the chart's text");
        assertEquals(
                List.of("Home", "Business plan 2023 to 2026"),
                priority.select(".govuk-breadcrumbs a").eachText(),
                "the trail names the business plan once");
    }

    @Test
    void reviewsCanBeBrowsedByThemeTypeAndYearNewestFirst() {
        Document library = site.page("/reviews/");
        assertFalse(library.select("a[href^=/reviews/themes/]").isEmpty());
        assertFalse(library.select("a[href^=/reviews/types/]").isEmpty());
        assertFalse(library.select("a[href^=/reviews/years/]").isEmpty());
        for (String group : library.select(
                        "a[href^=/reviews/themes/], a[href^=/reviews/types/], a[href^=/reviews/years/]")
                .eachAttr("href")) {
            assertTrue(site.has(group), group);
        }
        assertTrue(library.text().contains("Child E") && library.text().contains("Baby M"));
    }

    @Test
    void theFeedListsTheNewsAndTheSitemapEveryPage() {
        String feed = site.text("/feed.xml");
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertTrue(feed.contains("<entry>"));
        String sitemap = site.text("/sitemap.xml");
        assertTrue(sitemap.contains("/reporting/worried-about-a-child/</loc>"));
        assertTrue(site.text("/robots.txt").contains("Sitemap: "));
    }

    @Test
    void netlifyAndCloudflareAreToldEverySecurityHeaderForEveryFile() {
        String headers = site.text("/_headers");
        assertTrue(headers.contains("\n/*\n"), headers);
        for (SecurityHeaders.Header header : SecurityHeaders.ALL) {
            assertTrue(
                    headers.contains("  " + header.name() + ": " + header.value() + "\n"),
                    header.name() + " in " + headers);
        }
        assertTrue(
                site.text("/.haven-site").lines().anyMatch("_headers"::equals),
                "_headers is one of Haven's own files, replaced by the next build");
    }

    @Test
    void aPageAndItsEasyReadVersionLinkToEachOther() {
        assertFalse(site.page("/reporting/worried-about-a-child/")
                .select("a[href=/reporting/worried-about-a-child/easy-read/]")
                .isEmpty());
        Document easy = site.page("/reporting/worried-about-a-child/easy-read/");
        assertFalse(easy.select("a[href=/reporting/worried-about-a-child/]").isEmpty());
        assertTrue(easy.select(".haven-easy-row").size() >= 3, "pictures paired with text in rows");
        assertTrue(easy.select(".haven-easy-row").stream()
                .allMatch(row -> row.selectFirst(".haven-easy-picture img[alt]") != null));
    }

    @Test
    void glossaryTermsAreExplainedWhereTheyAppear() {
        Document glossary = site.page("/glossary/");
        assertTrue(
                glossary.select("dt").size() >= 10,
                "terms: " + glossary.select("dt").size());
        assertFalse(site.page("/reporting/worried-about-a-child/")
                .select("main abbr[title]")
                .isEmpty());
    }

    @Test
    void theAccessibilityStatementSaysTheStandardAndHowToComplain() {
        String statement = site.page("/accessibility/").text();
        assertTrue(statement.contains("WCAG 2.2"), statement);
        assertTrue(statement.contains("Equality and Human Rights Commission"), statement);
    }

    @Test
    void tablesWithoutACaptionAreNamedAfterTheirHeadingSoAScreenReaderTellsThemApart() {
        assertEquals(
                List.of("Table: Children in Stockport", "Table: Help and protection", "Table: Learning and training"),
                site.page("/about/annual-report/")
                        .select(".haven-table-wrapper")
                        .eachAttr("aria-label"));
    }

    @Test
    void levelsOfNeedSideBySideKeepEachLevelsHeadingsApart() {
        Document levels = site.page("/levels-of-need/");
        assertNotNull(levels.getElementById("levels-level-2-what-to-do"), "level 2's What to do has an id of its own");
        assertEquals(
                levels.select("[id]").size(),
                levels.select("[id]").eachAttr("id").stream().distinct().count(),
                "no id is used twice");
    }

    @Test
    void xrefsBecomeCleanUrls() {
        for (String url : site.pages()) {
            for (String href : site.page(url).select("main a[href]").eachAttr("href")) {
                assertFalse(
                        href.endsWith(".html") && !href.startsWith("http") && !href.equals("/404.html"),
                        url + " links " + href);
                assertFalse(href.endsWith(".adoc"), url + " links " + href);
            }
        }
    }
}
