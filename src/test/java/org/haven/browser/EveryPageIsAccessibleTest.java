package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

/**
 * axe-core, with every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA, finds nothing on any page of
 * the example site or the second partnership's site, opened in headless Chromium at desktop width.
 */
class EveryPageIsAccessibleTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void noPageHasAnAxeViolation(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        new Findings("axe-core " + Axe.WCAG_A_AND_AA + " on the " + name + " site")
                .onEveryPage(browser, site, page -> Axe.violations(browser, Axe.WCAG_A_AND_AA).stream().map(Axe.Violation::toString).toList())
                .assertNone();
    }

    @Test
    void theCheckCatchesAnImageWithoutAltText() {
        browser.open(BrokenPages.url("axe"));
        List<Axe.Violation> violations = Axe.violations(browser, Axe.WCAG_A_AND_AA);
        assertTrue(violations.stream().anyMatch(v -> v.rule().equals("image-alt")), "axe finds the image without alt text: " + violations);
    }
}
