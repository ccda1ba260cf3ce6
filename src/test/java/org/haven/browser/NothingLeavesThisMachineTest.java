package org.haven.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Every page, opened and scrolled to its end in headless Chromium, asks nothing of any host but
 * 127.0.0.1 (no fonts, analytics, maps or images from elsewhere: a visit to a safeguarding site
 * tells no third party) and writes no error to the console. The search is used too, since it
 * loads its index and lunr.js only when someone searches.
 */
class NothingLeavesThisMachineTest {
    private static Chromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.watchingTheNetwork();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    /** Every page, then the search page answering a query, then typing in the header's search box. */
    private static List<String> visits(BrowserSites.Served site) {
        List<String> visits = new ArrayList<>(site.pages());
        if (site.site().has("/search/")) visits.add("/search/?q=child");
        return visits;
    }

    private static void visit(BrowserSites.Served site, String page) {
        browser.open(site.url(page));
        // Bring everything below the fold into view, so images loaded lazily are asked for too.
        browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                window.scrollTo(0, document.documentElement.scrollHeight);
                var images = Array.prototype.slice.call(document.images);
                var waited = 0;
                (function wait() {
                  if (waited > 3000 || images.every(function (i) { return i.complete; })) return setTimeout(done, 50);
                  waited += 50; setTimeout(wait, 50);
                })();
                """);
        if (page.equals("/")) {
            Object typed = browser.asyncScript("""
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

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void noPageRequestsAnythingFromAnotherHost(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Findings findings = new Findings("Requests beyond 127.0.0.1 from the " + name + " site");
        browser.forgetLogs();
        int requests = 0;
        for (String page : visits(site)) {
            visit(site, page);
            List<String> addresses = browser.requestedAddresses();
            requests += addresses.size();
            for (String address : addresses) {
                if (!Chromium.staysOnThisMachine(address)) findings.add(page, "asked for " + address);
            }
            findings.checked();
        }
        if (requests < findings.pagesChecked()) {
            throw new IllegalStateException("the performance log saw only " + requests + " requests for " + findings.pagesChecked() + " pages: it is not recording");
        }
        findings.assertNone();
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void noPageWritesAnErrorToTheConsole(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Findings findings = new Findings("Console errors on the " + name + " site");
        browser.forgetLogs();
        for (String page : visits(site)) {
            visit(site, page);
            for (String error : browser.consoleErrors()) findings.add(page, error);
            findings.checked();
        }
        for (StaticSiteServer.Request request : site.server().requests()) {
            if (request.status() == 404) findings.add("(server)", "404 for " + request.path() + " (asked by " + request.referer() + ")");
        }
        findings.assertNone();
    }
}
