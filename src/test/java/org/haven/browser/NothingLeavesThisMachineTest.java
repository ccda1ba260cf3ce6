package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page, opened and scrolled to its end in headless Chromium, asks nothing of any host but
 * 127.0.0.1 (no fonts, analytics, maps or images from elsewhere: a visit to a safeguarding site
 * tells no third party) and writes no error to the console. The search is used too, since it
 * loads its index and lunr.js only when someone searches.
 */
class NothingLeavesThisMachineTest {
    @RegisterExtension
    static final Chromium browser = Chromium.watchingTheNetwork();

    /** Every page, then the search page answering a query, then typing in the header's search box. */
    private static List<String> visits(BrowserSites.Served site) {
        List<String> visits = new ArrayList<>(site.pages());
        if (site.site().has("/search/")) visits.add("/search/?q=child");
        return visits;
    }

    private static void visit(BrowserSites.Served site, String page) {
        visit(browser, site.url(page), page.equals("/"));
    }

    /** Opens a page, scrolls to its end, waits for its images, and if asked types a word in its search box. */
    static void visit(Chromium browser, String url, boolean search) {
        browser.open(url);
        // Bring everything below the fold into view, so images loaded lazily are asked for too.
        browser.asyncScript(
                """
                var done = arguments[arguments.length - 1];
                window.scrollTo(0, document.documentElement.scrollHeight);
                var images = Array.prototype.slice.call(document.images);
                var waited = 0;
                (function wait() {
                  if (waited > 3000 || images.every(function (i) { return i.complete; })) return setTimeout(done, 50);
                  waited += 50; setTimeout(wait, 50);
                })();
                """);
        if (search) {
            Object typed = browser.asyncScript(
                    """
                    var done = arguments[arguments.length - 1];
                    var box = document.querySelector('input[name="q"]');
                    if (!box) return done(false);
                    box.focus();
                    done(true);
                    """);
            if (Boolean.TRUE.equals(typed)) {
                browser.press("child");
                browser.asyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 1500);");
            }
        }
    }

    /** What the browser saw on one visit to every page of a site: the addresses asked for and the console errors, by page. */
    record Visits(
            Map<String, List<String>> addresses,
            Map<String, List<String>> consoleErrors,
            List<StaticSiteServer.Request> notFound) {}

    private static final Map<String, Visits> VISITS = new ConcurrentHashMap<>();

    /** Each page is opened once; both tests read what that visit saw. */
    private static Visits visitEveryPage(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        site.server().forgetRequests();
        browser.forgetLogs();
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String page : visits(site)) {
            visit(site, page);
            addresses.put(page, browser.requestedAddresses());
            errors.put(page, browser.consoleErrors());
        }
        List<StaticSiteServer.Request> notFound =
                site.server().requests().stream().filter(r -> r.status() == 404).toList();
        return new Visits(addresses, errors, notFound);
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside", "allowed-html"})
    void noPageRequestsAnythingFromAnotherHost(String name) {
        Visits visits = VISITS.computeIfAbsent(name, NothingLeavesThisMachineTest::visitEveryPage);
        Findings findings = new Findings("Requests beyond 127.0.0.1 from the " + name + " site");
        int requests = 0;
        for (Map.Entry<String, List<String>> page : visits.addresses().entrySet()) {
            requests += page.getValue().size();
            for (String address : page.getValue()) {
                if (!Chromium.staysOnThisMachine(address)) findings.add(page.getKey(), "asked for " + address);
            }
            findings.checked();
        }
        if (requests < findings.pagesChecked()) {
            throw new IllegalStateException("the performance log saw only " + requests + " requests for "
                    + findings.pagesChecked() + " pages: it is not recording");
        }
        findings.assertNone();
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside", "allowed-html"})
    void noPageWritesAnErrorToTheConsole(String name) {
        Visits visits = VISITS.computeIfAbsent(name, NothingLeavesThisMachineTest::visitEveryPage);
        Findings findings = new Findings("Console errors on the " + name + " site");
        for (Map.Entry<String, List<String>> page : visits.consoleErrors().entrySet()) {
            for (String error : page.getValue()) findings.add(page.getKey(), error);
            findings.checked();
        }
        for (StaticSiteServer.Request request : visits.notFound()) {
            findings.add("(server)", "404 for " + request.path() + " (asked by " + request.referer() + ")");
        }
        findings.assertNone();
    }

    @Test
    void theChecksCatchARequestToAnotherHostAndAConsoleError() {
        browser.forgetLogs();
        visit(browser, BrokenPages.url("network"), false);
        List<String> addresses = browser.requestedAddresses();
        assertTrue(
                addresses.contains("http://tracker.example.net/pixel.gif"), "the tracking pixel is seen: " + addresses);
        assertTrue(
                addresses.stream().filter(a -> !Chromium.staysOnThisMachine(a)).count() == 1,
                "only it leaves: " + addresses);
        List<String> errors = browser.consoleErrors();
        assertTrue(
                errors.stream().anyMatch(e -> e.contains("missing.js") || e.contains("404")),
                "the missing script is an error: " + errors);
    }
}
