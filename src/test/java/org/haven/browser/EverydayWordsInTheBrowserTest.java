package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.haven.support.EverydayWordsTable;
import org.haven.support.EverydayWordsTable.Row;
import org.haven.support.Folders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Searching in people's own words, in Chromium running the shipped search script on the index
 * each site's build wrote: the table in src/test/resources/search/everyday-words.txt on the
 * example site and the riverside fixture; the first result on a phone's first screen; and,
 * without JavaScript, every page listed on the search page. Each check is also run where it must
 * fail: an index without its thesaurus, results below the first screen, a search page that only
 * links to the A to Z.
 */
class EverydayWordsInTheBrowserTest {
    @RegisterExtension
    static final Chromium chromium = Chromium.withJavaScript();

    private static StaticSiteServer withoutThesaurus;

    @AfterAll
    static void stop() {
        if (withoutThesaurus != null) withoutThesaurus.close();
    }

    @TestFactory
    Stream<DynamicTest> theExampleSiteFindsWhatPeopleMean() {
        return rowsOn("example");
    }

    @TestFactory
    Stream<DynamicTest> theRiversideSiteFindsWhatPeopleMean() {
        return rowsOn("riverside");
    }

    private static Stream<DynamicTest> rowsOn(String site) {
        BrowserSites.Served served = BrowserSites.get(site);
        return EverydayWordsTable.forSite(site).stream()
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
                    List<String> found = resultsFor(served.server(), row.query());
                    assertTrue(row.metBy(found), "found " + found);
                }));
    }

    @Test
    void withoutTheThesaurusTheTableFails() {
        List<Row> rows = EverydayWordsTable.forSite("example");
        List<Row> failed = EverydayWordsTable.failed(rows, query -> resultsFor(exampleWithoutThesaurus(), query));
        assertTrue(
                failed.size() >= rows.size() / 4,
                "only " + failed.size() + " of " + rows.size() + " rows fail: " + failed);
        assertTrue(failed.stream().anyMatch(r -> r.query().equals("mash")), failed.toString());
    }

    @Test
    void onAPhoneTheFirstResultIsOnTheFirstScreenAfterSearching() {
        onAPhone(() -> {
            chromium.open(BrowserSites.get("example").url("/"));
            chromium.driver()
                    .findElement(By.id("haven-header-search"))
                    .sendKeys("someone keeps hurting me", Keys.ENTER);
            waitForResults("someone keeps hurting me");
            screenshot(chromium, "search-results-375.png");
            assertTrue(firstResultTitleOnScreen(), "the first result's title is below the first screen");
            chromium.open(BrowserSites.get("example").url("/search/"));
            WebElement input = chromium.driver().findElement(By.id("haven-search-input"));
            input.sendKeys("neglect", Keys.ENTER);
            waitForResults("neglect");
            assertTrue(firstResultTitleOnScreen(), "after searching from the search page's own box too");
        });
    }

    @Test
    void theFirstScreenCheckFailsWhenResultsAreBelowIt() {
        onAPhone(() -> {
            chromium.open(exampleWithoutThesaurus().url("/results-below-the-fold.html"));
            assertFalse(firstResultTitleOnScreen());
        });
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndListsEveryPage() {
        try (Chromium noScript = Chromium.withoutJavaScript()) {
            noScript.viewport(375, 1400);
            noScript.open(BrowserSites.get("example").url("/search/?q=neglect"));
            screenshot(noScript, "search-without-javascript-375.png");
            assertTrue(
                    listsNeglectAndSaysWhy(noScript),
                    noScript.driver().findElement(By.tagName("main")).getText());
            noScript.open(BrowserSites.get("riverside").url("/search/?q=worried"));
            assertTrue(noScript.driver().findElements(By.cssSelector("main a[href='/help/tell-us/']")).stream()
                    .anyMatch(WebElement::isDisplayed));
        }
    }

    @Test
    void theWithoutJavaScriptCheckFailsOnASearchPageThatOnlyLinksToTheAToZ() {
        try (Chromium noScript = Chromium.withoutJavaScript()) {
            noScript.open(exampleWithoutThesaurus().url("/search-with-only-a-link.html"));
            assertFalse(listsNeglectAndSaysWhy(noScript));
        }
    }

    @Test
    void withJavaScriptTheListOfEveryPageIsNotShown() {
        chromium.open(BrowserSites.get("example").url("/search/"));
        assertFalse(chromium.driver().findElement(By.tagName("main")).getText().contains("Search needs JavaScript"));
    }

    private static boolean listsNeglectAndSaysWhy(Chromium browser) {
        String text = browser.driver().findElement(By.tagName("main")).getText();
        return text.contains("Search needs JavaScript")
                && browser.driver().findElements(By.cssSelector("main a[href='/topics/neglect/']")).stream()
                        .anyMatch(a -> a.isDisplayed() && a.getText().equals("Neglect"));
    }

    private static boolean firstResultTitleOnScreen() {
        return (Boolean)
                chromium.script(
                        """
                var a = document.querySelector('#haven-search-results li a');
                if (!a) return false;
                var box = a.getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight;""");
    }

    private static void onAPhone(Runnable check) {
        chromium.viewport(375, 667);
        try {
            check.run();
        } finally {
            chromium.desktopViewport();
        }
    }

    private static List<String> resultsFor(StaticSiteServer server, String query) {
        return SearchPage.resultsFor(chromium, server, query);
    }

    private static void waitForResults(String query) {
        SearchPage.waitForResults(chromium, query);
    }

    /** Saved under target/screenshots, to be looked at. */
    private static void screenshot(Chromium browser, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name), browser.driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example site with its index as a build without a thesaurus writes it, and two broken pages. */
    private static synchronized StaticSiteServer exampleWithoutThesaurus() {
        if (withoutThesaurus == null) {
            Path copy = Path.of("target", "browser-sites", "example-without-thesaurus")
                    .toAbsolutePath();
            BrowserSites.deleteTree(copy);
            Folders.copyTree(BrowserSites.get("example").site().folder(), copy);
            try {
                Path index = copy.resolve("search/index.json");
                Files.write(index, EverydayWordsTable.withoutThesaurus(Files.readAllBytes(index)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            withoutThesaurus = StaticSiteServer.serve(copy)
                    .withPage("/results-below-the-fold.html", RESULTS_BELOW_THE_FOLD)
                    .withPage("/search-with-only-a-link.html", SEARCH_WITH_ONLY_A_LINK);
        }
        return withoutThesaurus;
    }

    private static final String RESULTS_BELOW_THE_FOLD =
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken on purpose</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><main><h1>Search</h1><div style="height: 900px">A header taller than a phone's screen.</div>
            <ol id="haven-search-results"><li><a href="/topics/neglect/">Neglect</a></li></ol></main></body></html>""";

    private static final String SEARCH_WITH_ONLY_A_LINK =
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken on purpose</title></head>
            <body><main><h1>Search</h1><p>You can also <a href="/a-z/">browse all pages from A to Z</a>.</p></main></body></html>""";
}
