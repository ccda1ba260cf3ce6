package org.haven.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visit to a site the way the leave tests walk it: the person comes from another site (a search
 * engine, say), opens the home page, follows the skip link, a link in the main content, searches
 * from the search box and follows a link on the results page; then they leave, and what Back and
 * Forward show afterwards is checked.
 */
final class LeavingJourney {
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Where the person came from, the site's origin, and each address they saw on it, the page they left last. */
    record Walked(String before, String siteOrigin, List<String> seen) {
        String pageLeft() {
            return seen.get(seen.size() - 1);
        }
    }

    /** A way of leaving the open page. */
    interface Leave {
        void leave(Chromium browser);
    }

    static final Leave BY_CLICKING = browser ->
            browser.driver().findElement(By.cssSelector("a.haven-leave")).click();
    static final Leave BY_PRESSING_SHIFT_THREE_TIMES = browser -> browser.pressShift(3);

    private static final String LINK_TO_ANOTHER_PAGE =
            """
            var links = document.querySelectorAll('main a[href]');
            for (var i = 0; i < links.length; i++) {
              var a = links[i], r = a.getBoundingClientRect();
              if (a.origin === location.origin && a.pathname !== location.pathname && !/\\.[a-z0-9]+$/i.test(a.pathname)
                  && !a.hasAttribute('download') && !a.target && r.width > 0 && r.height > 0) return a;
            }
            return null;
            """;

    /** Walks from {@code before} through the site whose home page is {@code home}; the person is then on the page they will leave. */
    static Walked walk(Chromium browser, String before, String home) {
        browser.freshTab();
        browser.open(before);
        browser.open(home);
        List<String> seen = new ArrayList<>(List.of(browser.currentUrl()));
        browser.press(Keys.TAB);
        followAndWait(browser, () -> browser.press(Keys.ENTER), seen, "the skip link");
        followAndWait(browser, () -> linkToAnotherPage(browser).click(), seen, "a link in the main content");
        WebElement search = browser.driver().findElement(By.cssSelector("form[role=search] input[name=q]"));
        String word = aWordFromTheHeading(browser);
        followAndWait(browser, () -> search.sendKeys(word, Keys.ENTER), seen, "a search for \"" + word + "\"");
        followAndWait(browser, () -> linkToAnotherPage(browser).click(), seen, "a link on the search page");
        String origin = home.substring(0, home.indexOf('/', "http://".length()));
        return new Walked(before, origin, List.copyOf(seen));
    }

    private static WebElement linkToAnotherPage(Chromium browser) {
        try {
            return new WebDriverWait(browser.driver(), WAIT)
                    .until(d -> (WebElement) browser.script(LINK_TO_ANOTHER_PAGE));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    browser.currentUrl() + " has no link in its main content to another page of the site");
        }
    }

    private static String aWordFromTheHeading(Chromium browser) {
        String heading = browser.driver().findElement(By.cssSelector("h1")).getText();
        for (String word : heading.split("[^\\p{L}]+")) {
            if (word.length() >= 4) return word.toLowerCase();
        }
        return "child";
    }

    private static void followAndWait(Chromium browser, Runnable follow, List<String> seen, String what) {
        String from = browser.currentUrl();
        follow.run();
        try {
            new WebDriverWait(browser.driver(), WAIT)
                    .until(d -> !d.getCurrentUrl().equals(from)
                            && "complete".equals(browser.script("return document.readyState;")));
        } catch (TimeoutException e) {
            throw new AssertionError("following " + what + " from " + from + " went nowhere");
        }
        seen.add(browser.currentUrl());
    }

    /**
     * With JavaScript on, what is wrong after leaving: the exit page is not shown, or the tab's
     * history, Back or Forward still hold a page of the site.
     */
    static List<String> problemsAfterLeaving(Chromium browser, Walked walked, String exitUrl) {
        List<String> problems = new ArrayList<>();
        if (!reaches(browser, exitUrl)) {
            problems.add("after leaving, the tab shows " + browser.currentUrl() + ", not the exit page");
            return problems;
        }
        List<String> left = browser.tabHistory().stream()
                .filter(url -> url.startsWith(walked.siteOrigin()))
                .toList();
        if (!left.isEmpty())
            problems.add("the tab's history still holds " + left.size() + " page(s) of the site: " + left);
        browser.driver().navigate().back();
        String back = browser.currentUrl();
        if (back.startsWith(walked.siteOrigin())) problems.add("Back shows " + back + ", a page of the site");
        else if (!back.equals(walked.before()))
            problems.add("Back shows " + back + ", not the page before the site (" + walked.before() + ")");
        browser.driver().navigate().forward();
        String forward = browser.currentUrl();
        if (forward.startsWith(walked.siteOrigin()))
            problems.add("Forward, after Back, shows " + forward + ", a page of the site");
        return problems;
    }

    /** With JavaScript off, what differs from what the README promises: Leave shows the exit page, and Back the page left. */
    static List<String> problemsAfterLeavingWithoutJavaScript(Chromium browser, Walked walked, String exitUrl) {
        List<String> problems = new ArrayList<>();
        if (!reaches(browser, exitUrl)) {
            problems.add("after leaving, the tab shows " + browser.currentUrl() + ", not the exit page");
            return problems;
        }
        browser.driver().navigate().back();
        if (!browser.currentUrl().equals(walked.pageLeft())) {
            problems.add("Back shows " + browser.currentUrl() + ", not the page left (" + walked.pageLeft() + ")");
        }
        return problems;
    }

    private static boolean reaches(Chromium browser, String url) {
        try {
            new WebDriverWait(browser.driver(), WAIT).until(d -> url.equals(d.getCurrentUrl()));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private LeavingJourney() {}
}
