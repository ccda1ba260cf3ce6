package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey 2, reporting a concern: from the home page, "Report a concern" in the main navigation
 * opens the report hub, the hub lists the way to report the partnership put first, and the
 * emergency number on it is a {@code tel:} link a phone can call with one tap.
 */
class ReportingAConcernTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    /** What stops a person reaching the right way to report, starting from {@code home}. */
    static List<String> problems(String home, String firstWay, String emergencyPhone) {
        browser.open(home);
        List<WebElement> links =
                browser.driver().findElements(By.cssSelector(".govuk-service-navigation__link")).stream()
                        .filter(a -> a.getText().trim().equals("Report a concern"))
                        .toList();
        if (links.isEmpty()) return List.of("the main navigation has no \"Report a concern\"");
        links.get(0).click();
        List<String> found = new ArrayList<>();
        String opened = URI.create(browser.currentUrl()).getPath();
        if (!browser.driver()
                .findElement(By.tagName("body"))
                .getAttribute("class")
                .contains("haven-page--report-hub")) {
            found.add("\"Report a concern\" opened " + opened + ", not the report hub");
        }
        List<String> ways = browser.driver().findElements(By.cssSelector("main .haven-card__title a")).stream()
                .map(a -> a.getText().trim())
                .toList();
        if (ways.isEmpty() || !ways.get(0).equals(firstWay)) {
            found.add("the first way to report is " + (ways.isEmpty() ? "missing" : "\"" + ways.get(0) + "\"")
                    + ", not \"" + firstWay + "\"");
        }
        boolean emergencyIsALink = browser.driver().findElements(By.cssSelector("main a[href^='tel:']")).stream()
                .anyMatch(a -> a.getText().trim().equals(emergencyPhone)
                        && a.getAttribute("href").equals("tel:" + emergencyPhone));
        if (!emergencyIsALink) found.add("the emergency number " + emergencyPhone + " is not a tel: link on " + opened);
        return found;
    }

    @ParameterizedTest(name = "the {0} site")
    @CsvSource({"example, Worried about a child?", "riverside, Tell us if you are worried"})
    void reportAConcernOpensTheHubWithTheFirstWayFirstAndTheEmergencyNumberToTap(String name, String firstWay) {
        BrowserSites.Served site = BrowserSites.get(name);
        assertEquals(List.of(), problems(site.url("/"), firstWay, "999"));
    }

    @Test
    void theCheckCatchesALinkToOneReportPageAnAlphabeticalListAndAnUntappableNumber() {
        assertEquals(
                List.of(
                        "\"Report a concern\" opened /report-children.html, not the report hub",
                        "the first way to report is \"Concerns about someone who works with children\", not \"Worried about a child?\"",
                        "the emergency number 999 is not a tel: link on /report-children.html"),
                problems(BrokenPages.url("report-home"), "Worried about a child?", "999"));
    }
}
