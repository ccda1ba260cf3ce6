package org.haven.browser;

import org.haven.support.BuiltSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Leave this site", in headless Chromium, on every page of a copy of the second partnership's
 * site whose {@code exit-url} is a page of another local server (another origin, as a real exit
 * site is): a click on the button or Shift pressed three times replaces the page with the exit
 * page, so Back goes to the page before, never to the one the person left.
 */
class LeaveThisSiteTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();
    private static StaticSiteServer exitSite;
    private static StaticSiteServer site;
    private static BuiltSite built;
    private static String exitUrl;

    @BeforeAll
    static void buildASiteWhoseExitIsLocal() throws IOException {
        exitSite = StaticSiteServer.serve(Files.createTempDirectory("haven-exit-"))
                .withPage("/exit-target.html", """
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head>
                        <body><h1>Weather</h1></body></html>""");
        exitUrl = exitSite.url("/exit-target.html");
        Path source = Files.createTempDirectory("haven-leave-site-");
        BrowserSites.copyTree(BrowserSites.source("riverside"), source);
        Path yaml = source.resolve("data/site.yaml");
        String text = Files.readString(yaml);
        String changed = text.replaceFirst("(?m)^exit-url:.*$", Matcher.quoteReplacement("exit-url: " + exitUrl));
        assertFalse(changed.equals(text), "the fixture's site.yaml has an exit-url to change");
        Files.writeString(yaml, changed);
        Path output = Path.of("target", "browser-sites", "riverside-local-exit").toAbsolutePath();
        BrowserSites.deleteTree(output);
        built = BuiltSite.build(source, output);
        BrowserSites.deleteTree(source);
        site = StaticSiteServer.serve(output);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
        if (exitSite != null) exitSite.close();
    }

    private interface Leave {
        void leave();
    }

    private static void leavesAndBackDoesNotReturn(String how, Leave leave) {
        List<String> pages = built.pages();
        assertTrue(pages.size() > 5, "the site has pages: " + pages);
        Findings findings = new Findings("Leave this site by " + how);
        for (String page : pages) {
            String before = page.equals("/") ? pages.stream().filter(p -> !p.equals("/")).findFirst().orElseThrow() : "/";
            browser.open(site.url(before));
            browser.open(site.url(page));
            String exitLink = browser.driver().findElement(By.cssSelector(".haven-leave")).getAttribute("data-exit-url");
            if (!exitUrl.equals(exitLink)) {
                findings.add(page, "the built page leaves for " + exitLink + ", not " + exitUrl);
                continue;
            }
            leave.leave();
            boolean left;
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> exitUrl.equals(d.getCurrentUrl()));
                left = true;
            } catch (org.openqa.selenium.TimeoutException e) {
                left = false;
            }
            if (!left) {
                findings.add(page, "is still at " + browser.currentUrl() + ", not the exit page");
            } else {
                browser.driver().navigate().back();
                String back = browser.currentUrl();
                if (!back.equals(site.url(before))) {
                    findings.add(page, "Back goes to " + back.replace(site.origin(), "") + ", not the page before it (" + before + ")"
                            + (back.equals(site.url(page)) ? ": the page left is still in the history" : ""));
                }
            }
            findings.checked();
        }
        findings.assertNone();
    }

    @Test
    void pressingShiftThreeTimesLeavesForTheExitPageAndBackDoesNotReturnToThePage() {
        leavesAndBackDoesNotReturn("pressing Shift 3 times", () -> browser.pressShift(3));
    }

    @Test
    void clickingLeaveThisSiteLeavesForTheExitPageAndBackDoesNotReturnToThePage() {
        leavesAndBackDoesNotReturn("clicking the button", () -> browser.driver().findElement(By.cssSelector("a.haven-leave")).click());
    }

    @Test
    void pressingShiftTwiceStaysOnThePage() throws InterruptedException {
        browser.open(site.url("/"));
        browser.pressShift(2);
        Thread.sleep(500);
        assertEquals(site.url("/"), browser.currentUrl(), "two presses of Shift are not three");
    }

    @Test
    void typingCapitalLettersInTheSearchBoxStaysOnThePage() throws InterruptedException {
        browser.open(site.url("/"));
        browser.driver().findElement(By.cssSelector("input[name=q]")).click();
        // "Is My Child safe": Shift held down for each capital letter, as a keyboard does it.
        Actions typing = new Actions(browser.driver());
        for (String word : List.of("Is ", "My ", "Child ", "safe")) {
            if (Character.isUpperCase(word.charAt(0))) {
                typing.keyDown(Keys.SHIFT).sendKeys(word.substring(0, 1).toLowerCase()).keyUp(Keys.SHIFT).sendKeys(word.substring(1));
            } else {
                typing.sendKeys(word);
            }
        }
        typing.perform();
        Thread.sleep(500);
        assertEquals(site.url("/"), browser.currentUrl(),
                "Shift held to type capital letters is not Shift pressed on its own three times: someone searching must not be thrown off the site");
    }

    @Test
    void theExitSiteIsNotToldWhichPageThePersonLeft() {
        exitSite.forgetRequests();
        browser.open(site.url("/"));
        browser.driver().findElement(By.cssSelector("a.haven-leave")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> exitUrl.equals(d.getCurrentUrl()));
        List<StaticSiteServer.Request> asked = exitSite.requests().stream().filter(r -> r.path().equals("/exit-target.html")).toList();
        assertEquals(1, asked.size(), "the exit page was asked for once: " + asked);
        assertNull(asked.get(0).referer(), "no Referer header reaches the exit site");
    }
}
