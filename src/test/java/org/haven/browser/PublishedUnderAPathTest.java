package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.support.BuiltSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partnership publishes its site under a path, as GitHub Pages publishes a project's site:
 * {@code url: https://partnership.example/safeguarding/}. Served there, and only there (the server
 * answers 404 for anything outside the path), every page of each partnership's site is reached
 * from the home page, and no link, picture, stylesheet, script, search, feed or sitemap entry goes
 * anywhere that does not answer. The example site built as if it were at the host's root, served
 * under the path, is seen to break.
 */
class PublishedUnderAPathTest {
    private static final String HOST = "https://partnership.example";
    private static final String PATH = "/safeguarding";

    @RegisterExtension
    static final Chromium chromium = Chromium.withJavaScript();

    /** Each partnership's site, built for the path and served under it, by the site's name. */
    private static final Map<String, BrowserSites.Served> UNDER_THE_PATH = new HashMap<>();

    private static StaticSiteServer builtForTheRoot;

    @BeforeAll
    static void buildForTheRoot() {
        BuiltSite atRoot = BrowserSites.copyWith("example", "example-built-for-the-root", "url", HOST + "/");
        builtForTheRoot = StaticSiteServer.serveUnder(atRoot.folder(), PATH);
    }

    @AfterAll
    static void stop() {
        UNDER_THE_PATH.values().forEach(served -> served.server().close());
        builtForTheRoot.close();
    }

    static List<String> sites() {
        return BrowserSites.NAMES;
    }

    private static BrowserSites.Served underThePath(String name) {
        return UNDER_THE_PATH.computeIfAbsent(name, n -> {
            BuiltSite site = BrowserSites.copyWith(n, n + "-under-a-path", "url", HOST + PATH + "/");
            return new BrowserSites.Served(n, site, StaticSiteServer.serveUnder(site.folder(), PATH));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyPageIsReachedFromTheHomePageAndNothingOnAnyPageIsBroken(String name) {
        BrowserSites.Served served = underThePath(name);
        StaticSiteServer underItsPath = served.server();
        SiteCrawl crawl = crawlOf(underItsPath);

        assertEquals(List.of(), crawl.broken(), "broken links, pictures, stylesheets, scripts or feed entries");
        Set<String> opened = crawl.opened();
        List<String> notReached = served.pages().stream()
                .filter(page -> !page.equals("/404.html"))
                .filter(page -> !opened.contains(underItsPath.url(PATH + page)))
                .toList();
        assertEquals(List.of(), notReached, "built pages no link leads to");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void searchFetchesItsIndexUnderThePathAndEveryResultLeadsToAPageThere(String name) {
        StaticSiteServer underItsPath = underThePath(name).server();
        List<String> results = searchFromTheHomePage(underItsPath, "level");

        assertFalse(results.isEmpty(), "results for 'level'");
        assertTrue(chromium.currentUrl().startsWith(underItsPath.url(PATH + "/search/?q=")), chromium.currentUrl());
        assertTrue(
                underItsPath.requests().stream()
                        .anyMatch(r -> r.path().equals(PATH + "/search/index.json") && r.status() == 200),
                "the index was fetched from under the path");
        for (String result : results) {
            assertTrue(result.startsWith(underItsPath.url(PATH + "/")), result);
        }
        chromium.open(results.get(0));
        assertEquals(
                200,
                underItsPath.requests().stream()
                        .filter(r -> r.path()
                                .equals(results.get(0)
                                        .substring(underItsPath.origin().length())))
                        .findFirst()
                        .orElseThrow()
                        .status());
    }

    @Test
    void theServerAnswersNothingOutsideThePath() {
        StaticSiteServer underItsPath = underThePath("example").server();
        chromium.open(underItsPath.url("/reporting/"));
        chromium.open(underItsPath.url(PATH + "/reporting/"));
        List<Integer> statuses = underItsPath.requests().stream()
                .filter(r -> r.path().endsWith("/reporting/"))
                .map(StaticSiteServer.Request::status)
                .toList();
        assertEquals(List.of(404, 200), statuses.subList(statuses.size() - 2, statuses.size()));
    }

    @Test
    void aSiteBuiltAsIfAtTheHostsRootIsSeenToBreakUnderThePath() {
        List<SiteCrawl.Broken> broken = crawlOf(builtForTheRoot).broken();
        Set<String> addresses = broken.stream().map(SiteCrawl.Broken::address).collect(Collectors.toSet());

        assertTrue(addresses.contains(builtForTheRoot.url("/theme/css/haven.css")), "its stylesheet: " + addresses);
        assertTrue(addresses.contains(builtForTheRoot.url("/reporting/")), "its links: " + addresses);
        assertTrue(addresses.contains(builtForTheRoot.url("/news/new-website/")), "its feed's entries: " + addresses);
        assertEquals(List.of(), searchFromTheHomePage(builtForTheRoot, "level"), "no search results");
    }

    private static SiteCrawl crawlOf(StaticSiteServer server) {
        return new SiteCrawl(chromium, server, HOST)
                .from(PATH + "/")
                .from(PATH + "/no/such/page/")
                .reading(PATH + "/feed.xml")
                .reading(PATH + "/robots.txt");
    }

    /** The results' addresses, as the browser resolves them; none if search does not answer within 10 seconds. */
    private static List<String> searchFromTheHomePage(StaticSiteServer server, String query) {
        server.forgetRequests();
        chromium.open(server.url(PATH + "/"));
        chromium.driver().findElement(By.id("haven-header-search")).sendKeys(query, Keys.ENTER);
        try {
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#haven-search-results li a"))
                            .isEmpty());
        } catch (TimeoutException e) {
            return List.of();
        }
        return chromium.driver().findElements(By.cssSelector("#haven-search-results li a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }
}
