package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A targets table and its chart, in headless Chromium on every page that has one: on a phone 320
 * CSS pixels wide no text in the chart or the table is drawn smaller than 12 pixels, and on a
 * 1280-pixel desktop the table is shown whole, not cut off behind a scroll bar.
 */
class TargetsChartsAreReadableTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    private static final int SMALLEST_TEXT = 12;

    /** Each piece of text in a targets table or chart drawn under 12 px, with the size it is drawn at. */
    private static final String SMALL_TEXT =
            """
            var least = arguments[0], small = [];
            document.querySelectorAll('.haven-targets').forEach(function (pair) {
              pair.querySelectorAll('svg text').forEach(function (text) {
                var scale = text.getScreenCTM();
                var size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(scale.a, scale.b);
                if (size < least) small.push('chart text "' + text.textContent + '" at ' + size.toFixed(1) + 'px');
              });
              pair.querySelectorAll('caption, th, td').forEach(function (cell) {
                var size = parseFloat(getComputedStyle(cell).fontSize);
                if (size < least) small.push('table text "' + cell.textContent.trim() + '" at ' + size.toFixed(1) + 'px');
              });
            });
            return small;
            """;

    /** Each targets table whose box is narrower than the table, so part of it is hidden until scrolled. */
    private static final String CLIPPED_TABLES =
            """
            var clipped = [];
            document.querySelectorAll('.haven-targets .haven-table-wrapper').forEach(function (box) {
              if (box.scrollWidth > box.clientWidth + 1) {
                clipped.push('the table "' + (box.getAttribute('aria-label') || 'Table') + '" shows ' + box.clientWidth
                    + 'px of its ' + box.scrollWidth + 'px');
              }
            });
            return clipped;
            """;

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void onAPhoneNoChartOrTableTextIsSmallerThan12Pixels(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        browser.viewport(320, 640);
        onEveryPageWithTargets(
                site,
                "At 320 CSS pixels wide, targets text under " + SMALLEST_TEXT + "px on the " + name + " site",
                TargetsChartsAreReadableTest::smallText);
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void onADesktopEveryTargetsTableIsShownWhole(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        browser.viewport(1280, 1024);
        onEveryPageWithTargets(
                site,
                "At 1280 CSS pixels wide, targets tables cut off on the " + name + " site",
                TargetsChartsAreReadableTest::clippedTables);
    }

    @Test
    void theChecksCatchAChartTooWideForItsTextAndATableCutOff() {
        browser.viewport(320, 640);
        browser.open(BrokenPages.url("targets"));
        List<String> small = smallText();
        assertTrue(
                small.stream().anyMatch(p -> p.contains("chart text \"67% baseline\"")),
                "the shrunken chart text is named: " + small);
        browser.viewport(1280, 1024);
        browser.open(BrokenPages.url("targets"));
        List<String> clipped = clippedTables();
        assertFalse(clipped.isEmpty(), "the 200px box round a wider table is named");
        assertTrue(clipped.get(0).contains("shows 200px of its"), clipped.toString());
    }

    private static void onEveryPageWithTargets(
            BrowserSites.Served site, String check, Supplier<List<String>> problems) {
        Findings findings = new Findings(check);
        for (String page : site.pages()) {
            if (site.site().page(page).selectFirst(".haven-targets") == null) continue;
            browser.open(site.url(page));
            for (String problem : problems.get()) findings.add(page, problem);
            findings.checked();
        }
        findings.assertNone();
    }

    @SuppressWarnings("unchecked")
    private static List<String> smallText() {
        return (List<String>) browser.script(SMALL_TEXT, SMALLEST_TEXT);
    }

    @SuppressWarnings("unchecked")
    private static List<String> clippedTables() {
        return (List<String>) browser.script(CLIPPED_TABLES);
    }
}
