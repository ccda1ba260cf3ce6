package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core, with every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA and every best practice, finds
 * nothing on any page of the example site or the second partnership's site, opened in headless
 * Chromium on a desktop and on a phone with a touch screen (where targets must be 24 pixels, WCAG 2.5.8).
 */
class EveryPageIsAccessibleTest {
    private static final List<String> RULES = Axe.WCAG_A_AND_AA_AND_BEST_PRACTICE;

    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    /** The screens a page is checked on. */
    enum Screen {
        DESKTOP(1280, 1024),
        PHONE(375, 812);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }

        void use(Chromium browser) {
            if (this == PHONE) browser.phone(width, height);
            else browser.viewport(width, height);
        }

        @Override
        public String toString() {
            return this == PHONE ? "phone " + width + " pixels wide with touch" : "desktop " + width + " pixels wide";
        }
    }

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    @ParameterizedTest(name = "the {0} site on a {1}")
    @CsvSource({"example, DESKTOP", "example, PHONE", "riverside, DESKTOP", "riverside, PHONE"})
    void noPageHasAnAxeViolation(String name, Screen screen) {
        BrowserSites.Served site = BrowserSites.get(name);
        screen.use(browser);
        new Findings("axe-core " + RULES + " on the " + name + " site on a " + screen)
                .onEveryPage(browser, site, page -> {
                    assertEquals(
                            screen.width,
                            ((Number) browser.script("return window.innerWidth;")).intValue(),
                            "the viewport's width");
                    return Axe.violations(browser, RULES).stream()
                            .map(Axe.Violation::toString)
                            .toList();
                })
                .assertNone();
    }

    @Test
    void theCheckCatchesAnImageWithoutAltText() {
        assertTheBrokenPageBreaks("image-alt", Screen.DESKTOP);
    }

    @Test
    void theCheckCatchesTextOutsideAnyLandmark() {
        assertTheBrokenPageBreaks("region", Screen.DESKTOP);
    }

    @Test
    void theCheckCatchesLinksTooSmallToTapOnAPhone() {
        assertTheBrokenPageBreaks("target-size", Screen.PHONE);
    }

    private static void assertTheBrokenPageBreaks(String rule, Screen screen) {
        screen.use(browser);
        browser.open(BrokenPages.url("axe"));
        List<Axe.Violation> violations = Axe.violations(browser, RULES);
        assertTrue(
                violations.stream().anyMatch(v -> v.rule().equals(rule)),
                "axe finds " + rule + " on a " + screen + ": " + violations);
    }
}
