package org.haven.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The site's search page as a person uses it: words typed in, the addresses of the results out, best first. */
final class SearchPage {
    /** Opens the search page of {@code server} for {@code query} and waits until its results are announced. */
    static List<String> resultsFor(Chromium browser, StaticSiteServer server, String query) {
        browser.open(server.url("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        waitForResults(browser, query);
        return browser.driver().findElements(By.cssSelector("#haven-search-results li a")).stream()
                .map(a -> a.getAttribute("pathname"))
                .toList();
    }

    /** Waits until the search status announces the results for {@code query}. */
    static void waitForResults(Chromium browser, String query) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d ->
                        d.findElement(By.id("haven-search-status")).getText().contains("‘" + query + "’"));
    }

    private SearchPage() {}
}
