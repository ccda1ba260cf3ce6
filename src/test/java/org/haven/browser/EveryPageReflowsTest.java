package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text, in headless Chromium on every page: at 320 CSS pixels
 * wide nothing makes the page scroll sideways, and with text at 200% nothing scrolls sideways or
 * cuts text off at desktop width.
 */
class EveryPageReflowsTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void noPageScrollsSidewaysAt320CssPixelsWide(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        browser.viewport(320, 640);
        new Findings("At 320 CSS pixels wide (WCAG 1.4.10) on the " + name + " site")
                .onEveryPage(browser, site, page -> sidewaysScrolling(browser, 320))
                .assertNone();
    }

    /** What makes the open page scroll sideways in a viewport of the given width. */
    static List<String> sidewaysScrolling(Chromium browser, int expectedWidth) {
        Map<?, ?> layout = (Map<?, ?>) browser.script(PageProbes.SIDEWAYS);
        if (((Number) layout.get("viewport")).intValue() != expectedWidth) {
            throw new IllegalStateException(
                    "the viewport is " + layout.get("viewport") + "px wide, not " + expectedWidth + "px");
        }
        int scrollWidth = ((Number) layout.get("scrollWidth")).intValue();
        int clientWidth = ((Number) layout.get("clientWidth")).intValue();
        List<?> culprits = (List<?>) layout.get("culprits");
        if (scrollWidth > clientWidth || !culprits.isEmpty()) {
            return List.of("the page is " + scrollWidth + "px wide in a " + clientWidth + "px viewport"
                    + (culprits.isEmpty() ? "" : "; too wide: " + culprits));
        }
        return List.of();
    }

    /** What goes wrong on the open page when the reader's text size doubles. */
    @SuppressWarnings("unchecked")
    static List<String> textAt200Percent(Chromium browser, int width) {
        List<String> problems = new ArrayList<>();
        double before = fontSizeOfHeading(browser);
        // A reader's larger text setting: the root font size doubles; what is sized in rem or em follows it.
        browser.script("document.documentElement.style.fontSize = '200%';");
        double after = fontSizeOfHeading(browser);
        if (after < before * 1.9) {
            problems.add("the h1 goes from " + before + "px only to " + after
                    + "px when the reader's text size doubles (sized in px, not rem)");
        }
        problems.addAll(sidewaysScrolling(browser, width));
        problems.addAll((List<String>) browser.script(PageProbes.CLIPPED_TEXT));
        return problems;
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void textAt200PercentNeitherScrollsSidewaysNorIsCutOff(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        browser.viewport(1280, 1024);
        new Findings("With text at 200% at 1280 CSS pixels wide (WCAG 1.4.4) on the " + name + " site")
                .onEveryPage(browser, site, page -> textAt200Percent(browser, 1280))
                .assertNone();
    }

    private static double fontSizeOfHeading(Chromium browser) {
        return ((Number)
                        browser.script(
                                "var h = document.querySelector('h1') || document.body; return parseFloat(getComputedStyle(h).fontSize);"))
                .doubleValue();
    }

    @Test
    void theChecksCatchABoxTooWideForAPhoneAndTextThatIsCutOffOrDoesNotGrow() {
        browser.viewport(320, 640);
        browser.open(BrokenPages.url("reflow"));
        List<String> narrow = sidewaysScrolling(browser, 320);
        assertTrue(narrow.size() == 1 && narrow.get(0).contains("div.wide"), "the 700px box is named: " + narrow);
        browser.viewport(1280, 1024);
        browser.open(BrokenPages.url("reflow"));
        List<String> large = textAt200Percent(browser, 1280);
        assertTrue(
                large.stream().anyMatch(p -> p.contains("p.cut") && p.contains("cuts off")),
                "the cut-off sentence is named: " + large);
        assertTrue(
                large.stream().anyMatch(p -> p.contains("h1 goes from 32.0px only to 32.0px")),
                "the h1 in px is named: " + large);
    }
}
