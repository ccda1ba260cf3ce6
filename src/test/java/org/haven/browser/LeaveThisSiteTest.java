package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Leave this site" with JavaScript on, in headless Chromium, on copies of the example and
 * riverside sites whose {@code exit-url} is a page of another local server (another origin, as a
 * real exit site is). The person arrives from another site, walks through the site and leaves, by
 * the button or by pressing Shift three times: the exit page shows, and neither Back nor Forward,
 * nor any entry of the tab's history, is a page of the site. Links to files and to other websites
 * replace the page as well; each press of Shift is shown on the button and told to screen readers;
 * a page shown again from the back-forward cache has forgotten it.
 */
class LeaveThisSiteTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    private static final StaticSiteServer exitSite = LocalExit.server();
    private static final String exitUrl = LocalExit.exitUrl();
    private static final String before = LocalExit.before();

    private static BrowserSites.Served site(String name) {
        return LocalExit.site(name);
    }

    private static LeavingJourney.Leave way(String how) {
        return how.equals("click") ? LeavingJourney.BY_CLICKING : LeavingJourney.BY_PRESSING_SHIFT_THREE_TIMES;
    }

    @ParameterizedTest(name = "the {0} site, leaving by {1}")
    @CsvSource({"example, click", "example, Shift", "riverside, click", "riverside, Shift"})
    void afterAVisitNeitherBackNorForwardShowsAPageOfTheSite(String name, String how) {
        LeavingJourney.Walked walked =
                LeavingJourney.walk(browser, before, site(name).url("/"));
        way(how).leave(browser);
        List<String> problems = LeavingJourney.problemsAfterLeaving(browser, walked, exitUrl);
        assertEquals(List.of(), problems, "after " + walked.seen() + ", leaving by " + how);
    }

    @Test
    void theCheckCatchesALeaveThatReplacesOnlyThePageItIsOn() {
        StaticSiteServer broken = LocalExit.brokenSite();
        for (String how : List.of("click", "Shift")) {
            LeavingJourney.Walked walked = LeavingJourney.walk(browser, before, broken.url("/"));
            way(how).leave(browser);
            List<String> problems = LeavingJourney.problemsAfterLeaving(browser, walked, exitUrl);
            assertTrue(
                    problems.stream().anyMatch(p -> p.startsWith("the tab's history still holds")),
                    how + ": the pages left in the history are caught: " + problems);
            assertTrue(
                    problems.stream().anyMatch(p -> p.startsWith("Back shows " + broken.origin())),
                    how + ": Back to a page of the site is caught: " + problems);
        }
    }

    /** Comes to the home page at {@code home} from the page before, follows a link to {@code target}, and returns the tab's history. */
    private static List<String> historyAfterFollowingALink(String home, String target) {
        browser.freshTab();
        browser.open(before);
        browser.open(home);
        browser.script(
                """
                var a = document.createElement('a');
                a.href = arguments[0]; a.id = 'a-link-to-follow'; a.textContent = 'A link';
                document.querySelector('main').prepend(a);""",
                target);
        browser.driver().findElement(By.id("a-link-to-follow")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> target.equals(d.getCurrentUrl()));
        return browser.tabHistory();
    }

    @Test
    void aLinkToAFileOrToAnotherWebsiteReplacesThePageAsWell() {
        BrowserSites.Served site = site("riverside");
        for (String target : List.of(site.url("/theme/images/favicon.svg"), LocalExit.anotherWebsite())) {
            assertEquals(
                    List.of(before, target),
                    historyAfterFollowingALink(site.url("/"), target),
                    "the page with the link to " + target + " is no longer in the tab's history");
        }
    }

    @Test
    void theCheckCatchesALinkToAnotherWebsiteThatAddsToTheHistory() {
        String target = LocalExit.anotherWebsite();
        String home = LocalExit.brokenSite().url("/");
        assertEquals(List.of(before, home, target), historyAfterFollowingALink(home, target));
    }

    private static void fromEveryPageNeitherBackNorForwardShowsAPageOfTheSite(String how) {
        BrowserSites.Served site = site("riverside");
        Findings findings = new Findings("Leave this site by " + how);
        for (String page : site.pages()) {
            browser.freshTab();
            browser.open(before);
            browser.open(site.url(page));
            String exitLink =
                    browser.driver().findElement(By.cssSelector(".haven-leave")).getAttribute("data-exit-url");
            if (!exitUrl.equals(exitLink)) {
                findings.add(page, "the built page leaves for " + exitLink + ", not " + exitUrl);
                continue;
            }
            way(how).leave(browser);
            LeavingJourney.Walked walked =
                    new LeavingJourney.Walked(before, site.server().origin(), List.of(site.url(page)));
            for (String problem : LeavingJourney.problemsAfterLeaving(browser, walked, exitUrl))
                findings.add(page, problem);
            findings.checked();
        }
        findings.assertNone();
    }

    @Test
    void pressingShiftThreeTimesOnAnyPageLeavesNoPageOfTheSiteBehind() {
        fromEveryPageNeitherBackNorForwardShowsAPageOfTheSite("Shift");
    }

    @Test
    void clickingLeaveThisSiteOnAnyPageLeavesNoPageOfTheSiteBehind() {
        fromEveryPageNeitherBackNorForwardShowsAPageOfTheSite("click");
    }

    /** After each of two presses of Shift: how many dots the button lights, and whether screen readers are told how many presses remain. */
    static List<String> shiftFeedbackProblems(Chromium browser) {
        List<String> problems = new ArrayList<>();
        for (int presses = 1; presses <= 2; presses++) {
            browser.pressShift(1);
            Map<?, ?> seen = (Map<?, ?>) browser.script(SHIFT_FEEDBACK);
            long lit = ((Number) seen.get("lit")).longValue();
            if (lit != presses)
                problems.add("after " + presses + " press(es) of Shift the button lights " + lit + " dot(s)");
            String said = String.valueOf(seen.get("said"));
            if (!said.contains(String.valueOf(3 - presses))) {
                problems.add("after " + presses + " press(es) of Shift screen readers are told \"" + said
                        + "\", not that " + (3 - presses) + " remain");
            }
        }
        return problems;
    }

    private static final String SHIFT_FEEDBACK =
            """
            var lights = document.querySelectorAll('.haven-leave .govuk-exit-this-page__indicator-light--on');
            var status = document.querySelector('.haven-leave-bar [role=status]');
            return {lit: Array.prototype.filter.call(lights, function (l) { return l.getBoundingClientRect().width > 0; }).length,
                    said: status ? status.textContent : null};
            """;

    @Test
    void eachPressOfShiftIsShownOnTheButtonAndToldToScreenReadersAndForgottenAfterFiveSeconds()
            throws InterruptedException {
        browser.open(site("riverside").url("/"));
        assertEquals(List.of(), shiftFeedbackProblems(browser));
        Thread.sleep(5500);
        Map<?, ?> later = (Map<?, ?>) browser.script(SHIFT_FEEDBACK);
        assertEquals(0L, ((Number) later.get("lit")).longValue(), "five seconds after the last press no dot is lit");
        assertEquals(
                site("riverside").url("/"),
                browser.currentUrl(),
                "two presses, five seconds apart from the next, do not leave");
    }

    @Test
    void theCheckCatchesShiftPressesThatAreNeitherShownNorTold() {
        browser.open(LocalExit.brokenSite().url("/"));
        List<String> problems = shiftFeedbackProblems(browser);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("lights 0 dot(s)"))
                        && problems.stream().anyMatch(p -> p.contains("screen readers are told")),
                "the missing dots and announcements are caught: " + problems);
    }

    /**
     * Presses Shift once on {@code page}, goes to another address in the same tab (typed in, so it
     * adds to the history), comes Back to the page restored from the back-forward cache, and says
     * what it still shows of that press.
     */
    static List<String> problemsWhenShownAgainByBack(String page) {
        // Chromium keeps a page in the cache only when it chooses to (in these tests it does not
        // keep the first page it opens from a new server), so the walk is tried a few times.
        for (int attempt = 1; !shiftPressedAndShownAgainByBack(page); attempt++) {
            if (attempt == 3)
                throw new IllegalStateException(page
                        + " was loaded again, never restored from the back-forward cache: the check proves nothing");
        }
        Map<?, ?> seen = (Map<?, ?>) browser.script(SHIFT_FEEDBACK);
        List<String> problems = new ArrayList<>();
        long lit = ((Number) seen.get("lit")).longValue();
        if (lit != 0)
            problems.add("shown again by Back, the button still lights " + lit + " dot(s) for a press made before");
        if (!String.valueOf(seen.get("said")).isEmpty())
            problems.add("shown again by Back, screen readers are still told \"" + seen.get("said") + "\"");
        return problems;
    }

    private static boolean shiftPressedAndShownAgainByBack(String page) {
        browser.freshTab();
        browser.open(page);
        browser.script("window.addEventListener('pageshow', function (e) { window.havenShownAgain = e.persisted; });");
        browser.pressShift(1);
        browser.open(before);
        browser.driver().navigate().back();
        return Boolean.TRUE.equals(browser.script("return window.havenShownAgain === true;"));
    }

    @Test
    void aPageShownAgainByBackHasForgottenShiftPressedBeforeTheyWentAway() {
        assertEquals(List.of(), problemsWhenShownAgainByBack(site("riverside").url("/")));
    }

    @Test
    void theCheckCatchesAPageThatDoesNotStartAfreshWhenShownAgain() {
        List<String> problems = problemsWhenShownAgainByBack(
                BrokenPages.withoutResetOnPageShow(site("riverside")).url("/"));
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("still lights 1 dot(s)")),
                "the dot left lit is caught: " + problems);
    }

    @Test
    void pressingShiftTwiceStaysOnThePage() throws InterruptedException {
        browser.open(site("riverside").url("/"));
        browser.pressShift(2);
        Thread.sleep(500);
        assertEquals(site("riverside").url("/"), browser.currentUrl(), "two presses of Shift are not three");
    }

    @Test
    void typingCapitalLettersInTheSearchBoxStaysOnThePage() throws InterruptedException {
        browser.open(site("riverside").url("/"));
        browser.driver().findElement(By.cssSelector("input[name=q]")).click();
        // "Is My Child safe": Shift held down for each capital letter, as a keyboard does it.
        Actions typing = new Actions(browser.driver());
        for (String word : List.of("Is ", "My ", "Child ", "safe")) {
            if (Character.isUpperCase(word.charAt(0))) {
                typing.keyDown(Keys.SHIFT)
                        .sendKeys(word.substring(0, 1).toLowerCase())
                        .keyUp(Keys.SHIFT)
                        .sendKeys(word.substring(1));
            } else {
                typing.sendKeys(word);
            }
        }
        typing.perform();
        Thread.sleep(500);
        assertEquals(
                site("riverside").url("/"),
                browser.currentUrl(),
                "Shift held to type capital letters is not Shift pressed on its own three times: someone searching must not be thrown off the site");
    }

    @Test
    void theExitSiteIsNotToldWhichPageThePersonLeft() {
        exitSite.forgetRequests();
        browser.open(site("riverside").url("/"));
        browser.driver().findElement(By.cssSelector("a.haven-leave")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> exitUrl.equals(d.getCurrentUrl()));
        List<StaticSiteServer.Request> asked = exitSite.requests().stream()
                .filter(r -> r.path().equals("/exit-target.html"))
                .toList();
        assertEquals(1, asked.size(), "the exit page was asked for once: " + asked);
        assertNull(asked.get(0).referer(), "no Referer header reaches the exit site");
    }
}
