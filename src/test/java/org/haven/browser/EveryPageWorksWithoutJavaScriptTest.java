package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With JavaScript off, every page still shows its main content and the emergency number as a phone link. */
class EveryPageWorksWithoutJavaScriptTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withoutJavaScript();

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void everyPageShowsItsMainContentAndTheEmergencyNumberWithoutJavaScript(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        String emergency = emergencyPhone(name);
        new Findings("With JavaScript off on the " + name + " site")
                .onEveryPage(browser, site, page -> {
                    assertEquals(
                            Boolean.FALSE,
                            browser.script("return document.documentElement.classList.contains('js-enabled');"),
                            "JavaScript is really off: haven.js did not run");
                    return problemsWithoutJavaScript(browser, site.site().page(page), emergency);
                })
                .assertNone();
    }

    /** What is missing from the open page, with JavaScript off, that its built HTML has. */
    static List<String> problemsWithoutJavaScript(Chromium browser, Document html, String emergency) {
        List<String> problems = new ArrayList<>();
        Element firstParagraph = html.selectFirst("main p");
        Map<?, ?> seen = (Map<?, ?>) browser.script(
                """
                var main = document.getElementById('main-content');
                var h1 = main && main.querySelector('h1');
                var phones = Array.prototype.slice.call(document.querySelectorAll('a[href="tel:' + arguments[0] + '"]'));
                function shown(e) {
                  var r = e.getBoundingClientRect(), c = getComputedStyle(e);
                  return r.width > 1 && r.height > 1 && c.visibility !== 'hidden' && c.display !== 'none' && parseFloat(c.opacity) > 0;
                }
                return {
                  main: main ? main.innerText.replace(/\\s+/g, ' ').trim() : null,
                  mainShown: !!main && shown(main),
                  h1: h1 && shown(h1) ? h1.innerText.replace(/\\s+/g, ' ').trim() : null,
                  phone: phones.filter(shown).map(function (a) { return a.innerText.trim(); }).join('|')
                };
                """,
                emergency);
        String main = (String) seen.get("main");
        if (main == null || !Boolean.TRUE.equals(seen.get("mainShown"))) {
            problems.add("no main content is shown");
        } else {
            String h1 = html.selectFirst("main h1") == null
                    ? ""
                    : html.selectFirst("main h1").text();
            if (!h1.equals(seen.get("h1")))
                problems.add("the h1 \"" + h1 + "\" is not shown (shown: " + seen.get("h1") + ")");
            if (firstParagraph != null && !firstParagraph.text().isBlank() && !main.contains(firstParagraph.text())) {
                problems.add("the main content does not show \"" + firstParagraph.text() + "\"");
            }
        }
        if (!String.valueOf(seen.get("phone")).contains(emergency)) {
            problems.add("no visible link to tel:" + emergency + " showing " + emergency + " (found: \""
                    + seen.get("phone") + "\")");
        }
        return problems;
    }

    static String emergencyPhone(String name) {
        try {
            String yaml = Files.readString(BrowserSites.source(name).resolve("data/site.yaml"));
            Matcher m = Pattern.compile("(?m)^emergency-phone:\\s*\"?([0-9 ]+)\"?\\s*$")
                    .matcher(yaml);
            return m.find() ? m.group(1).trim() : "999";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCheckCatchesContentAndAnEmergencyNumberThatOnlyJavaScriptShows() {
        browser.open(BrokenPages.url("needs-javascript"));
        List<String> problems = problemsWithoutJavaScript(browser, Jsoup.parse(BrokenPages.NEEDS_JAVASCRIPT), "999");
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("no main content is shown")),
                "the hidden main content is caught: " + problems);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("no visible link to tel:999")),
                "the hidden number is caught: " + problems);
    }
}
