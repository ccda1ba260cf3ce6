package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * and on the example site's translations. Its breadcrumbs lead to the pages above it in its
 * language where the site has them, and no word on it is explained in the glossary's English.
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

    /** Each crumb's text and where it leads. */
    private static final String CRUMBS =
            """
            return Array.from(document.querySelectorAll('nav.haven-breadcrumbs a'))
              .map(function (a) { return [a.textContent.replace(/\\s+/g, ' ').trim(), a.getAttribute('href')]; });""";

    /** Each explained term's words, its explanation and the language it is in: its nearest {@code lang}. */
    private static final String EXPLAINED_TERMS =
            """
            return Array.from(document.querySelectorAll('main abbr[title]')).map(function (abbr) {
              return [abbr.textContent, abbr.getAttribute('title'), abbr.closest('[lang]').getAttribute('lang')];
            });""";

    @Test
    void eachCrumbLeadsToThePageAboveInThePagesLanguageWhereTheSiteHasIt() {
        BrowserSites.Served site = BrowserSites.get(SITE);
        Findings findings = new Findings("breadcrumbs leading to another language's page");
        int inThePagesLanguage = checkCrumbs(site, site.server(), findings);
        assertTrue(inThePagesLanguage >= 1, "the Polish page under /help/ has the Polish hub introduction above it");
        findings.assertNone();
    }

    @Test
    void theCrumbCheckCatchesACrumbToTheEnglishPageAbove() {
        BrowserSites.Served site = BrowserSites.get(SITE);
        Findings findings = new Findings("breadcrumbs leading to another language's page");
        checkCrumbs(site, BrokenPages.withACrumbToTheEnglishPageAbove(site), findings);
        assertTrue(
                findings.lines()
                        .contains("/help/zglos-obawy/: the crumb “Report a concern” leads to /help/, "
                                + "not to its pl version /help/zglos/"),
                findings.lines().toString());
    }

    @Test
    void noWordIsExplainedInTheGlossarysEnglishOnAPageInAnotherLanguage() {
        BrowserSites.Served site = BrowserSites.get(SITE);
        Findings findings = new Findings("glossary explanations in English on pages in other languages");
        checkExplainedTerms(site.server(), otherLanguagePages(site), findings);
        assertTrue(findings.pagesChecked() >= 5, "riverside's pages in Polish, Welsh, Romanian, Arabic, Urdu, Somali");
        findings.assertNone();
    }

    @Test
    void theGlossaryCheckCatchesAPolishWordExplainedInEnglish() {
        BrowserSites.Served site = BrowserSites.get(SITE);
        Findings findings = new Findings("glossary explanations in English on pages in other languages");
        checkExplainedTerms(BrokenPages.withATermExplainedInEnglish(site), otherLanguagePages(site), findings);
        assertTrue(
                findings.lines()
                        .contains("/help/zglos-obawy/: “CASS” is explained in English, in a part marked pl: "
                                + "“Children's Advice and Support Service”"),
                findings.lines().toString());
    }

    /**
     * Opens each page in another language on {@code server} and finds each crumb leading to a page
     * of {@code site} that has a version in the page's language elsewhere.
     *
     * @return how many crumbs led to a page in the page's language
     */
    private static int checkCrumbs(BrowserSites.Served site, StaticSiteServer server, Findings findings) {
        int inThePagesLanguage = 0;
        for (String page : otherLanguagePages(site)) {
            browser.open(server.url(page));
            Locale language = Locale.forLanguageTag((String) browser.script("return document.documentElement.lang;"));
            @SuppressWarnings("unchecked")
            List<List<String>> crumbs = (List<List<String>>) browser.script(CRUMBS);
            for (List<String> crumb : crumbs) {
                String leadsTo = crumb.get(1);
                String version = versionIn(site, leadsTo, language);
                if (version == null) continue;
                if (version.equals(leadsTo)) inThePagesLanguage++;
                else
                    findings.add(
                            page,
                            "the crumb “" + crumb.get(0) + "” leads to " + leadsTo + ", not to its "
                                    + language.toLanguageTag() + " version " + version);
            }
            findings.checked();
        }
        return inThePagesLanguage;
    }

    /** The address of the page at {@code url} in {@code language}, as its hreflang links name it; null for none. */
    private static String versionIn(BrowserSites.Served site, String url, Locale language) {
        if (Locale.forLanguageTag(site.site().page(url).selectFirst("html").attr("lang"))
                .equals(language)) return url;
        return site.site().page(url).select("head link[rel=alternate][hreflang]").stream()
                .filter(link -> Locale.forLanguageTag(link.attr("hreflang")).equals(language))
                .map(link -> URI.create(link.attr("href")).getPath())
                .findFirst()
                .orElse(null);
    }

    private static void checkExplainedTerms(StaticSiteServer server, List<String> pages, Findings findings) {
        Set<String> englishMeanings = EnglishWording.glossaryMeanings(BrowserSites.source(SITE));
        for (String page : pages) {
            browser.open(server.url(page));
            @SuppressWarnings("unchecked")
            List<List<String>> terms = (List<List<String>>) browser.script(EXPLAINED_TERMS);
            for (List<String> term : terms) {
                if (term.get(2).toLowerCase(Locale.ROOT).startsWith("en") || !englishMeanings.contains(term.get(1)))
                    continue;
                findings.add(
                        page,
                        "“" + term.get(0) + "” is explained in English, in a part marked " + term.get(2) + ": “"
                                + term.get(1) + "”");
            }
            findings.checked();
        }
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
