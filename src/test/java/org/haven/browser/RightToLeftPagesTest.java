package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.haven.theme.TextDirection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page in a language written right to left reads from the right: the leave control, header,
 * menu, help strip, breadcrumbs (their arrows pointing onwards), lists, targets table and chart
 * (its bars growing from the right), footer and easy-read pictures all start on the right, while phone numbers and English names inside it still read left
 * to right. The same check passes a left-to-right page read from the left, so it asks only that
 * each page follows its own language. Screenshots of the Arabic page are kept in
 * {@code target/screenshots/}.
 */
class RightToLeftPagesTest {
    private static final String SITE = "riverside";
    private static final String ARABIC = "/help/ibligh-ar/";
    private static final String ARABIC_EASY_READ = "/help/ibligh-ar/easy-read/";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    /**
     * Pairs that come one after the other in reading order, on one line: the first must be on the
     * reading side of the second. Each is [what, first, second]; a pair the page lacks is skipped.
     */
    private static final List<List<String>> READING_ORDER = List.of(
            List.of("the leave hint before the leave button", ".haven-leave-hint", ".haven-leave"),
            List.of("the site's name before the search box", ".haven-header__home", ".haven-search-box"),
            List.of(
                    "the menu's first link before its second",
                    "#haven-navigation > li:nth-child(1)",
                    "#haven-navigation > li:nth-child(2)"),
            List.of(
                    "the first breadcrumb before the second",
                    ".govuk-breadcrumbs__list-item:nth-child(1)",
                    ".govuk-breadcrumbs__list-item:nth-child(2)"),
            List.of(
                    "the footer's first link before its second",
                    ".haven-footer__links li:nth-child(1)",
                    ".haven-footer__links li:nth-child(2)"),
            List.of("an easy-read picture before its words", ".haven-easy-picture", ".haven-easy-text"),
            List.of("a targets table before its chart", ".haven-targets .haven-table-wrapper", ".haven-chart"));

    /** What starts at the reading edge of the box it is in: [what, element, box]. */
    private static final List<List<String>> STARTS_AT_THE_READING_EDGE = List.of(
            List.of("the page's heading", "main h1", "main"),
            List.of("the emergency number in the help strip", ".haven-help__emergency", ".haven-help__inner"),
            List.of("the page's facts", ".haven-page-meta div", ".haven-page-meta"),
            List.of("a chart's first bar", ".haven-chart-svg > rect.haven-chart-bar", ".haven-chart-svg"));

    private static final String BOXES =
            """
            var box = function (selector) {
              var el = document.querySelector(selector);
              if (!el) return null;
              var r = el.getBoundingClientRect();
              return r.width === 0 ? null : [r.left, r.right];
            };
            return arguments[0].map(function (selectors) { return selectors.map(box); });""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ARABIC, ARABIC_EASY_READ, "/help/rabta-ur/", "/help/zglos-obawy/", "/help/tell-us/"})
    void aPageReadsFromTheSideItsLanguageIsWrittenFrom(String page) {
        BrowserSites.Served site = BrowserSites.get(SITE);
        browser.open(site.url(page));
        List<String> problems = mirroringProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n  ", problems));
    }

    @Test
    void theArabicPageIsKeptAsScreenshotsOnADesktopAndAPhone() throws IOException {
        BrowserSites.Served site = BrowserSites.get(SITE);
        Files.createDirectories(SCREENSHOTS);
        browser.viewport(1280, 1024);
        browser.open(site.url(ARABIC));
        Path desktop = screenshot("arabic-page-1280.png");
        browser.phone(375, 812);
        browser.open(site.url(ARABIC));
        Path phone = screenshot("arabic-page-375.png");
        browser.open(site.url(ARABIC_EASY_READ));
        Path easyRead = screenshot("arabic-easy-read-375.png");
        for (Path file : List.of(desktop, phone, easyRead))
            assertTrue(Files.size(file) > 10_000, file + " holds a picture of the page");
    }

    @Test
    void theCheckCatchesAnArabicPageThatDoesNotSayItIsRightToLeft() {
        StaticSiteServer broken = BrokenPages.withoutRightToLeftPages(BrowserSites.get(SITE));
        browser.open(broken.url(ARABIC));
        List<String> problems = mirroringProblems();
        assertTrue(problems.contains("the page is rtl but reads ltr"), problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("the leave hint before the leave button")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("the menu's first link before its second")),
                problems.toString());
        browser.open(broken.url(ARABIC_EASY_READ));
        assertTrue(
                mirroringProblems().stream().anyMatch(p -> p.startsWith("an easy-read picture before its words")),
                "the easy-read picture on the wrong side");
    }

    @Test
    void theCheckCatchesAnArabicPageLaidOutByLeftToRightStyles() {
        StaticSiteServer broken = BrokenPages.withoutRightToLeftStyles(BrowserSites.get(SITE));
        browser.open(broken.url(ARABIC));
        List<String> problems = mirroringProblems();
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("the first breadcrumb before the second")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("the arrow between breadcrumbs")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("the page's facts")), problems.toString());
    }

    @Test
    void theCheckCatchesAPhoneNumberReadRightToLeft() {
        BrowserSites.Served site = BrowserSites.get(SITE);
        browser.open(site.url(ARABIC));
        browser.script(
                "document.querySelectorAll('a[href^=\"tel:\"]').forEach(function (a) { a.removeAttribute('dir'); });");
        assertTrue(
                mirroringProblems().stream().anyMatch(p -> p.startsWith("a phone number") && p.contains("reads rtl")),
                "phone numbers without dir=ltr");
    }

    /** What on the open page does not follow the direction of its language. */
    private static List<String> mirroringProblems() {
        List<String> problems = new ArrayList<>();
        String language = (String) browser.script("return document.documentElement.lang;");
        String expected = TextDirection.of(language);
        boolean rtl = expected.equals("rtl");
        String reads = (String) browser.script("return getComputedStyle(document.body).direction;");
        if (!reads.equals(expected)) problems.add("the page is " + expected + " but reads " + reads);
        for (List<String> pair : READING_ORDER) {
            List<Double> first = box(pair.get(1)), second = box(pair.get(2));
            if (first == null || second == null) continue;
            boolean inOrder = rtl ? first.get(1) > second.get(1) : first.get(0) < second.get(0);
            if (!inOrder)
                problems.add(pair.get(0) + ": " + pair.get(1) + " is not on the " + (rtl ? "right" : "left") + " of "
                        + pair.get(2));
        }
        for (List<String> edge : STARTS_AT_THE_READING_EDGE) {
            List<Double> element = box(edge.get(1)), container = box(edge.get(2));
            if (element == null || container == null) continue;
            double gap = rtl ? container.get(1) - element.get(1) : element.get(0) - container.get(0);
            if (Math.abs(gap) > 2)
                problems.add(edge.get(0) + " starts " + Math.round(gap) + " pixels from the reading edge");
        }
        problems.addAll(arrowProblems(rtl));
        problems.addAll(listProblems(rtl));
        problems.addAll(directionOfParts());
        return problems;
    }

    private static List<Double> box(String selector) {
        @SuppressWarnings("unchecked")
        List<List<List<Number>>> boxes = (List<List<List<Number>>>) browser.script(BOXES, List.of(List.of(selector)));
        List<Number> box = boxes.get(0).get(0);
        return box == null ? null : box.stream().map(Number::doubleValue).toList();
    }

    /** The arrow before a breadcrumb points on, towards it: to the right on a left-to-right page, to the left on a right-to-left one. */
    private static List<String> arrowProblems(boolean rtl) {
        Object cosine = browser.script(
                """
                var crumb = document.querySelector('.govuk-breadcrumbs__list-item:nth-child(2)');
                if (!crumb) return null;
                var transform = getComputedStyle(crumb, '::before').transform;
                return transform === 'none' ? 1 : new DOMMatrix(transform).a;""");
        if (cosine == null) return List.of();
        boolean pointsRight = ((Number) cosine).doubleValue() > 0;
        return pointsRight == !rtl
                ? List.of()
                : List.of("the arrow between breadcrumbs points " + (pointsRight ? "right" : "left"));
    }

    /** A list is indented on the reading side, where its numbers and bullets are. */
    private static List<String> listProblems(boolean rtl) {
        @SuppressWarnings("unchecked")
        List<Number> padding = (List<Number>)
                browser.script(
                        """
                var list = document.querySelector('main ol, main ul.govuk-list--bullet, main .haven-body ul');
                if (!list) return null;
                var style = getComputedStyle(list);
                return [parseFloat(style.paddingLeft), parseFloat(style.paddingRight)];""");
        if (padding == null) return List.of();
        double start = padding.get(rtl ? 1 : 0).doubleValue(),
                end = padding.get(rtl ? 0 : 1).doubleValue();
        return start > end
                ? List.of()
                : List.of("a list is indented " + start + " pixels on the reading side and " + end + " on the other");
    }

    /** Phone numbers read left to right, and every part marked with a language reads its language's way. */
    private static List<String> directionOfParts() {
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<List<String>> phones = (List<List<String>>)
                browser.script(
                        "return Array.from(document.querySelectorAll('body a[href^=\"tel:\"]')).map(function (a) { return [a.textContent, getComputedStyle(a).direction]; });");
        for (List<String> phone : phones) {
            if (!phone.get(1).equals("ltr"))
                problems.add("a phone number, " + phone.get(0) + ", reads " + phone.get(1));
        }
        @SuppressWarnings("unchecked")
        List<List<String>> parts = (List<List<String>>)
                browser.script(
                        "return Array.from(document.querySelectorAll('body [lang]')).map(function (el) { return [el.textContent.trim(), el.getAttribute('lang'), getComputedStyle(el).direction]; });");
        for (List<String> part : parts) {
            if (!part.get(2).equals(TextDirection.of(part.get(1))))
                problems.add("“" + part.get(0) + "”, in " + part.get(1) + ", reads " + part.get(2));
        }
        return problems;
    }

    private static Path screenshot(String name) {
        Map<String, Object> shot = browser.driver()
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Path file = SCREENSHOTS.resolve(name);
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
