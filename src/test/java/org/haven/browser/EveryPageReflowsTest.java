package org.haven.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text, in headless Chromium on every page: at 320 CSS pixels
 * wide nothing makes the page scroll sideways, and with text at 200% nothing scrolls sideways or
 * cuts text off at desktop width.
 */
class EveryPageReflowsTest {
    private static Chromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.withJavaScript();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void noPageScrollsSidewaysAt320CssPixelsWide(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Findings findings = new Findings("At 320 CSS pixels wide (WCAG 1.4.10) on the " + name + " site");
        browser.viewport(320, 640);
        for (String page : site.pages()) {
            browser.open(site.url(page));
            Map<?, ?> layout = (Map<?, ?>) browser.script(PageProbes.SIDEWAYS);
            if (((Number) layout.get("viewport")).intValue() != 320) {
                throw new IllegalStateException("the viewport is " + layout.get("viewport") + "px wide, not 320px");
            }
            sideways(page, layout, findings);
            findings.checked();
        }
        findings.assertNone();
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void textAt200PercentNeitherScrollsSidewaysNorIsCutOff(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Findings findings = new Findings("With text at 200% at 1280 CSS pixels wide (WCAG 1.4.4) on the " + name + " site");
        browser.viewport(1280, 1024);
        for (String page : site.pages()) {
            browser.open(site.url(page));
            double before = fontSizeOfHeading();
            // A reader's larger text setting: the root font size doubles; what is sized in rem or em follows it.
            browser.script("document.documentElement.style.fontSize = '200%';");
            double after = fontSizeOfHeading();
            if (after < before * 1.9) {
                findings.add(page, "the h1 stays " + before + "px → " + after + "px when the reader's text size doubles (sized in px, not rem)");
            }
            sideways(page, (Map<?, ?>) browser.script(PageProbes.SIDEWAYS), findings);
            @SuppressWarnings("unchecked") List<String> clipped = (List<String>) browser.script(PageProbes.CLIPPED_TEXT);
            for (String element : clipped) findings.add(page, element);
            findings.checked();
        }
        findings.assertNone();
    }

    private static double fontSizeOfHeading() {
        return ((Number) browser.script("return parseFloat(getComputedStyle(document.querySelector('h1')).fontSize);")).doubleValue();
    }

    private static void sideways(String page, Map<?, ?> layout, Findings findings) {
        int scrollWidth = ((Number) layout.get("scrollWidth")).intValue();
        int clientWidth = ((Number) layout.get("clientWidth")).intValue();
        List<?> culprits = (List<?>) layout.get("culprits");
        if (scrollWidth > clientWidth || !culprits.isEmpty()) {
            findings.add(page, "the page is " + scrollWidth + "px wide in a " + clientWidth + "px viewport"
                    + (culprits.isEmpty() ? "" : "; too wide: " + culprits));
        }
    }
}
