package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.haven.support.ExampleSite;
import org.haven.support.HavenRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as people use it, in Chromium running the real lunr.js on the index Haven built:
 * results as they type, the right page first, a count announced, keyboard only, the index
 * fetched only once search is used, and the A to Z without JavaScript.
 */
class SearchInTheBrowserTest {
    @TempDir
    static Path output;

    static StaticSiteServer server;

    @RegisterExtension
    static final Chromium chromium = Chromium.withJavaScript();

    @BeforeAll
    static void buildAndServe() {
        HavenRun build = HavenRun.of("build", "--source", ExampleSite.ROOT.toString(), "--output", output.toString());
        assertEquals(0, build.exitCode(), build.all());
        server = StaticSiteServer.serve(output);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void findsTheRightPageFirstAsPeopleType() {
        assertEquals("/reporting/worried-about-a-child/", firstResultFor("worried about a child"));
        assertEquals("/levels/level-3/", firstResultFor("level 3"));
        assertEquals("/reviews/child-e/", firstResultFor("Child E review"));
        assertEquals("/learning/child-e-briefing/", firstResultFor("Child E briefing"));
        assertEquals("/levels/level-3/", firstResultFor("level 3"), "the same again after other searches");
    }

    @Test
    void aSearchInPolishOrUrduFindsThePageInThatLanguageFirstAndSaysItsLanguage() {
        assertEquals("/pl/worried-about-a-child/", firstResultFor("martwię się o dziecko"));
        WebElement polish = chromium.driver().findElement(By.cssSelector("#haven-search-results li"));
        assertEquals(
                "pl", polish.findElement(By.cssSelector(".haven-result__title")).getAttribute("lang"));
        assertEquals(
                "In Polski",
                polish.findElement(By.cssSelector(".haven-result__language")).getText());
        assertEquals(
                "pl",
                polish.findElement(By.cssSelector(".haven-result__language span"))
                        .getAttribute("lang"));
        assertEquals("/ur/worried-about-a-child/", firstResultFor("بچے کی دیکھ بھال"));
        assertEquals("/uk/worried-about-a-child/", firstResultFor("турбуєтеся про дитину"));
        assertEquals(
                "/reporting/worried-about-a-child/",
                firstResultFor("worried about a child"),
                "an English search still finds the English page first");
        WebElement english = chromium.driver().findElement(By.cssSelector("#haven-search-results li"));
        assertTrue(
                english.findElements(By.cssSelector(".haven-result__language")).isEmpty(),
                "a result in the page's own language does not say its language");
    }

    @Test
    void readsLunrsQuerySyntaxAsPlainWords() {
        assertEquals("/levels/level-3/", firstResultFor("+level ~3*"));
        assertEquals("/levels/level-3/", firstResultFor("title:level 3^"));
    }

    @Test
    void findsPagesFromTheFirstFewLetters() {
        openSearchPage();
        type("whistleb");
        assertFalse(resultLinks().isEmpty(), "results for a part-typed word");
    }

    @Test
    void eachResultHasItsTypeAndSummaryAndTheCountIsAnnounced() {
        openSearchPage();
        type("level 3");
        WebElement first = chromium.driver().findElement(By.cssSelector("#haven-search-results li"));
        assertEquals("Level 3", first.findElement(By.cssSelector(".govuk-tag")).getText());
        assertFalse(first.findElement(By.cssSelector(".haven-result__summary"))
                .getText()
                .isBlank());
        WebElement status = chromium.driver().findElement(By.id("haven-search-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertTrue(status.getText().matches("\\d+ results? for ‘level 3’.*"), status.getText());
    }

    @Test
    void theGlossaryWorksBothWays() {
        List<String> byAcronym = resultsFor("CSPR");
        List<String> byMeaning = resultsFor("child safeguarding practice review");
        assertFalse(byAcronym.isEmpty());
        assertTrue(byMeaning.stream().anyMatch(byAcronym::contains), byAcronym + " / " + byMeaning);
    }

    @Test
    void worksWithTheKeyboardAlone() {
        chromium.open(server.url("/"));
        WebElement input = chromium.driver().findElement(By.id("haven-header-search"));
        input.sendKeys("safe sleep", Keys.ENTER);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(d -> !resultLinks().isEmpty());
        boolean reachedAResult = false;
        for (int tab = 0; tab < 40 && !reachedAResult; tab++) {
            chromium.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            reachedAResult = (Boolean) chromium.driver()
                    .executeScript("return !!document.activeElement.closest('#haven-search-results a');");
        }
        assertTrue(reachedAResult, "Tab reaches the results after searching from the header");
    }

    @Test
    void fetchesTheIndexOnlyWhenSearchIsFirstUsed() {
        chromium.open(server.url("/about/"));
        assertEquals(0L, indexRequests(), "no index on an ordinary page view");
        chromium.driver().findElement(By.id("haven-header-search")).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> indexRequests() == 1L);
    }

    @Test
    void withoutJavaScriptTheSearchPageOffersTheAToZ() {
        try (Chromium noScript = Chromium.withoutJavaScript()) {
            noScript.open(server.url("/"));
            noScript.driver().findElement(By.id("haven-header-search")).sendKeys("level 3", Keys.ENTER);
            new WebDriverWait(noScript.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/search/?q="));
            WebElement aToZ = noScript.driver().findElement(By.cssSelector("main a[href='/a-z/']"));
            assertTrue(aToZ.isDisplayed());
        }
    }

    private static long indexRequests() {
        Object count = chromium.driver()
                .executeScript(
                        "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('/search/index.json')).length;");
        return ((Number) count).longValue();
    }

    private static String firstResultFor(String query) {
        List<String> results = resultsFor(query);
        assertFalse(results.isEmpty(), "results for " + query);
        return results.get(0);
    }

    private static List<String> resultsFor(String query) {
        openSearchPage();
        type(query);
        return resultLinks().stream().map(a -> a.getAttribute("pathname")).toList();
    }

    private static void openSearchPage() {
        chromium.open(server.url("/search/"));
    }

    private static void type(String query) {
        WebElement input = chromium.driver().findElement(By.id("haven-search-input"));
        input.clear();
        input.sendKeys(query);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(d ->
                        d.findElement(By.id("haven-search-status")).getText().contains("‘" + query + "’"));
    }

    private static List<WebElement> resultLinks() {
        return chromium.driver().findElements(By.cssSelector("#haven-search-results li a"));
    }
}
