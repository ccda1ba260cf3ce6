package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.haven.browser.EveryPageIsAccessibleTest.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page in another language speaks it from the skip link to the footer, and wherever it must
 * show English (a language Haven has no wording for, the partnership's name and contacts) it says
 * so, so a screen reader set to the page's language switches voice instead of mispronouncing it
 * (WCAG 3.1.2). Checked on every page of the second partnership's site in a language other than
 * English: Polish, Arabic (and its easy read), Urdu, and Somali, which Haven has no wording for;
 * and on the example site's translations.
 */
class InterfaceInThePagesLanguageTest {
    private static final String SITE = "riverside";

    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    /** Every text node in the body with the language it is in: its nearest {@code lang}. Shift is pressed once first, so the leave control's spoken count is there too. */
    private static final String TEXT_AND_LANGUAGE =
            """
            var found = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), node;
            while ((node = walker.nextNode())) {
              var parent = node.parentElement;
              if (!parent || parent.closest('script, style, noscript')) continue;
              var text = node.nodeValue.replace(/\\s+/g, ' ').trim();
              if (!text) continue;
              var marked = parent.closest('[lang]');
              found.push([text, marked ? marked.getAttribute('lang') : '']);
            }
            return found;""";

    @ParameterizedTest(name = "on the {0} site")
    @ValueSource(strings = {"riverside", "example"})
    void noEnglishIsLeftUnmarkedOnAPageInAnotherLanguage(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Findings findings = new Findings("English marked as English on pages in other languages");
        List<String> checked = check(name, site.server(), otherLanguagePages(site), findings);
        assertTrue(
                checked.size() >= 5,
                "riverside's Polish, Arabic (and its easy read), Urdu and Somali pages; the example's Polish, "
                        + "Ukrainian and Urdu pages and their easy reads: "
                        + checked);
        findings.assertNone();
    }

    @Test
    void theCheckCatchesEnglishMarkedAsThePagesLanguage() {
        BrowserSites.Served site = BrowserSites.get(SITE);
        Findings findings = new Findings("unmarked copy");
        check(SITE, BrokenPages.withPartsUnmarked(site), otherLanguagePages(site), findings);
        List<String> problems = findings.lines();
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("/help/war-so/: “Leave this site”")), problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p -> p.startsWith("/help/ibligh-ar/: “Riverside Children's Safeguarding Partnership”")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("/help/zglos-obawy/: “8am to 6pm on weekdays”")),
                problems.toString());
    }

    @ParameterizedTest(name = "on a {0}")
    @EnumSource(Screen.class)
    void axeFindsNothingOnThePagesInOtherLanguages(Screen screen) {
        BrowserSites.Served site = BrowserSites.get(SITE);
        screen.use(browser);
        Findings findings = new Findings("axe-core on the pages in other languages on a " + screen);
        for (String page : otherLanguagePages(site)) {
            browser.open(site.url(page));
            Axe.violations(browser, Axe.WCAG_A_AND_AA_AND_BEST_PRACTICE)
                    .forEach(violation -> findings.add(page, violation.toString()));
            findings.checked();
        }
        findings.assertNone();
    }

    @Test
    void axeCatchesAPartMarkedWithALanguageThatDoesNotExist() {
        browser.open(BrokenPages.url("languages"));
        List<String> rules = Axe.violations(browser, Axe.WCAG_A_AND_AA_AND_BEST_PRACTICE).stream()
                .map(Axe.Violation::rule)
                .toList();
        assertTrue(rules.contains("valid-lang"), rules.toString());
    }

    @Test
    void theCheckCatchesAnEnglishInterfaceOnAPolishPage() {
        Findings findings = new Findings("broken page");
        browser.open(BrokenPages.url("languages"));
        problemsOnThisPage(EnglishWording.of(BrowserSites.source(SITE), "pl")).forEach(p -> findings.add("/", p));
        assertTrue(
                findings.lines().contains("/: “Skip to main content” is English in a part marked pl"),
                findings.lines().toString());
    }

    private static List<String> check(String name, StaticSiteServer server, List<String> pages, Findings findings) {
        List<String> checked = new ArrayList<>();
        for (String page : pages) {
            browser.open(server.url(page));
            String language = (String) browser.script("return document.documentElement.lang;");
            browser.pressShift(1);
            problemsOnThisPage(EnglishWording.of(BrowserSites.source(name), language))
                    .forEach(problem -> findings.add(page, problem));
            findings.checked();
            checked.add(page);
        }
        return checked;
    }

    private static List<String> problemsOnThisPage(EnglishWording english) {
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<List<String>> nodes = (List<List<String>>) browser.script(TEXT_AND_LANGUAGE);
        for (List<String> node : nodes) {
            String language = node.get(1);
            if (language.toLowerCase().startsWith("en")) continue;
            String found = english.foundIn(node.get(0));
            if (found != null) problems.add("“" + found + "” is English in a part marked " + language);
        }
        return problems;
    }

    /** Every page of the site whose language is not English. */
    private static List<String> otherLanguagePages(BrowserSites.Served site) {
        return site.pages().stream()
                .filter(page ->
                        !site.site().page(page).selectFirst("html").attr("lang").startsWith("en"))
                .toList();
    }
}
