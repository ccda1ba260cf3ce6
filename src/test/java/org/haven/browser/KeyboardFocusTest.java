package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

/**
 * Keyboard users, in headless Chromium: the first Tab reaches the skip link, which shows itself
 * and moves focus to the main content (WCAG 2.4.1); then every Tab stop shows where focus is
 * (2.4.7) and is never hidden under a sticky or fixed element such as the leave bar (2.4.11), on a
 * page of each template, at desktop width, at 320 CSS pixels and at 400% zoom.
 */
class KeyboardFocusTest {
    private static final int MAX_TAB_STOPS = 120;

    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    private static final String FOCUSED = PageProbes.DESCRIBE
            + """
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return null;
            var r = e.getBoundingClientRect();
            var c = getComputedStyle(e);
            return {element: describe(e), id: e.id, skipLink: e.classList.contains('govuk-skip-link'), href: e.getAttribute('href'),
                    shown: r.width > 1 && r.height > 1 && c.visibility !== 'hidden' && r.bottom > 0 && r.top < window.innerHeight,
                    top: Math.round(r.top)};
            """;

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        new Findings("The skip link on the " + name + " site")
                .onEveryPage(browser, site, page -> skipLinkProblems(browser))
                .assertNone();
    }

    /** Tabs once into the page just opened, follows the skip link, and says what went wrong. */
    static List<String> skipLinkProblems(Chromium browser) {
        List<String> problems = new ArrayList<>();
        browser.press(Keys.TAB);
        Map<?, ?> first = (Map<?, ?>) browser.script(FOCUSED);
        if (first == null
                || !Boolean.TRUE.equals(first.get("skipLink"))
                || !"#main-content".equals(first.get("href"))) {
            problems.add("the first Tab reaches " + (first == null ? "nothing" : first.get("element"))
                    + ", not the skip link");
            return problems;
        }
        if (!Boolean.TRUE.equals(first.get("shown"))) problems.add("the focused skip link is not shown on screen");
        browser.press(Keys.ENTER);
        Map<?, ?> then = (Map<?, ?>) browser.script(FOCUSED);
        if (then == null || !"main-content".equals(then.get("id"))) {
            problems.add("Enter on the skip link moves focus to " + (then == null ? "nothing" : then.get("element"))
                    + ", not main#main-content");
        } else if (!Boolean.TRUE.equals(then.get("shown"))) {
            problems.add("the main content is not on screen after the skip link (top " + then.get("top") + "px)");
        } else {
            browser.press(Keys.TAB);
            Map<?, ?> next = (Map<?, ?>) browser.script(FOCUSED + "");
            Object inMain = browser.script("return !!document.activeElement.closest('#main-content');");
            Object mainHasStops = browser.script(
                    "return !!document.querySelector('#main-content a[href], #main-content button, "
                            + "#main-content input, #main-content select, #main-content textarea, #main-content [tabindex]:not([tabindex=\"-1\"])');");
            if (next != null && !Boolean.TRUE.equals(inMain) && Boolean.TRUE.equals(mainHasStops)) {
                problems.add(
                        "the Tab after the skip link goes to " + next.get("element") + ", outside the main content");
            }
        }
        return problems;
    }

    /**
     * At each Tab stop, how the element looks focused and what covers it; the element before it is
     * measured again once focus has left it, so its focus indicator is the difference.
     */
    private static final String TAB_STOP = PageProbes.DESCRIBE
            + """
            function look(e) {
              var c = getComputedStyle(e);
              return [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.backgroundColor, c.color,
                      c.borderTopColor, c.borderRightColor, c.borderBottomColor, c.borderLeftColor,
                      c.borderTopWidth, c.borderBottomWidth, c.textDecorationLine, c.textDecorationThickness].join(' ; ');
            }
            function outlineShows(e) {
              var c = getComputedStyle(e);
              return c.outlineStyle !== 'none' && parseFloat(c.outlineWidth) > 0
                  && c.outlineColor !== 'transparent' && !/rgba\\([^)]*,\\s*0\\)/.test(c.outlineColor);
            }
            var report = {};
            var before = window.__havenTabStop;
            if (before) {
              report.previous = before.name;
              report.previousIndicator = before.outline || before.look !== look(before.element);
            }
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) { window.__havenTabStop = null; return report; }
            if (before && before.element === e) { report.same = true; return report; }
            var first = window.__havenFirstStop || (window.__havenFirstStop = e);
            report.wrapped = before && e === first;
            report.element = describe(e);
            window.__havenTabStop = {element: e, name: report.element, look: look(e), outline: outlineShows(e)};
            var vw = document.documentElement.clientWidth, vh = window.innerHeight;
            var rects = Array.prototype.slice.call(e.getClientRects()).filter(function (r) { return r.width > 0 && r.height > 0; });
            if (!rects.length) { report.seen = 'has no size on screen'; return report; }
            var points = [];
            rects.slice(0, 4).forEach(function (r) {
              points.push([r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2]);
            });
            var inside = points.filter(function (p) { return p[0] >= 0 && p[1] >= 0 && p[0] < vw && p[1] < vh; });
            if (!inside.length) { report.seen = 'is outside the viewport (top ' + Math.round(rects[0].top) + 'px)'; return report; }
            var covering = null;
            var visible = inside.some(function (p) {
              var hit = document.elementFromPoint(p[0], p[1]);
              if (hit && (hit === e || e.contains(hit) || (e.labels && Array.prototype.some.call(e.labels, function (l) { return l.contains(hit); })))) return true;
              covering = covering || hit;
              return false;
            });
            if (!visible) {
              var pos = covering ? getComputedStyle(covering).position : '';
              for (var p = covering; p && pos !== 'fixed' && pos !== 'sticky'; p = p.parentElement) pos = getComputedStyle(p).position, covering = (pos === 'fixed' || pos === 'sticky') ? p : covering;
              report.seen = 'is entirely covered by ' + describe(covering) + ' (position: ' + pos + ')';
            }
            return report;
            """;

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void focusIsAlwaysVisibleAndNeverHiddenUnderAnotherElement(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Findings findings = new Findings("Focus at every Tab stop (WCAG 2.4.7, 2.4.11) on the " + name + " site");
        int stops = 0;
        try {
            // A desktop, a phone, and a desktop zoomed to 400% (1280 x 1024 CSS pixels shown as 320 x 256).
            for (int[] size : List.of(new int[] {1280, 800}, new int[] {320, 640}, new int[] {320, 256})) {
                browser.viewport(size[0], size[1]);
                for (String page : site.onePageOfEachTemplate()) {
                    browser.open(site.url(page));
                    TabStops tabbed = tabThrough(browser);
                    stops += tabbed.stops();
                    for (String problem : tabbed.problems())
                        findings.add(page + " at " + size[0] + "x" + size[1] + "px", problem);
                    findings.checked();
                }
            }
        } finally {
            browser.desktopViewport();
        }
        if (stops < findings.pagesChecked() * 5)
            throw new IllegalStateException("only " + stops + " Tab stops were reached: Tab is not reaching the page");
        findings.assertNone();
    }

    /** How many Tab stops a page has, and what was wrong at them. */
    record TabStops(int stops, List<String> problems) {}

    /** Tabs from the start of the page just opened through every Tab stop (up to a limit). */
    static TabStops tabThrough(Chromium browser) {
        List<String> problems = new ArrayList<>();
        int stops = 0;
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            browser.press(Keys.TAB);
            Map<?, ?> stop = (Map<?, ?>) browser.script(TAB_STOP);
            if (stop.get("previous") != null && !Boolean.TRUE.equals(stop.get("previousIndicator"))) {
                problems.add(stop.get("previous")
                        + " shows no focus indicator (no outline, shadow, colour, border or underline change)");
            }
            if (stop.get("element") == null
                    || Boolean.TRUE.equals(stop.get("wrapped"))
                    || Boolean.TRUE.equals(stop.get("same"))) break;
            stops++;
            if (stop.get("seen") != null) problems.add("focused " + stop.get("element") + " " + stop.get("seen"));
        }
        return new TabStops(stops, problems);
    }

    @Test
    void theChecksCatchAMissingSkipLinkAHiddenFocusStyleAndFocusUnderAFixedPanel() {
        browser.open(BrokenPages.url("focus"));
        List<String> skip = skipLinkProblems(browser);
        assertTrue(
                skip.size() == 1 && skip.get(0).contains("First link, not a skip link"),
                "the missing skip link is caught: " + skip);
        browser.viewport(1280, 800);
        try {
            browser.open(BrokenPages.url("focus"));
            TabStops tabbed = tabThrough(browser);
            assertTrue(tabbed.stops() == 3, "three Tab stops: " + tabbed);
            assertTrue(
                    tabbed.problems().stream()
                            .anyMatch(p -> p.contains("a.no-focus-style") && p.contains("shows no focus indicator")),
                    "the link without a focus style is caught: " + tabbed.problems());
            assertTrue(
                    tabbed.problems().stream()
                            .anyMatch(p -> p.contains("fixed panel\" is entirely covered by div.cover")),
                    "the link under the fixed panel is caught: " + tabbed.problems());
            assertTrue(tabbed.problems().size() == 2, "nothing else is wrong: " + tabbed.problems());
        } finally {
            browser.desktopViewport();
        }
    }
}
