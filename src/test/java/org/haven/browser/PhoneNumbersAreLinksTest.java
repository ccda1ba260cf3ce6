package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a phone, every number a page gives can be called with one tap: each UK phone number in the
 * text of every page (easy-read pages too) is a {@code tel:} link, and no number breaks across
 * two lines on the narrowest screen (320 px).
 */
class PhoneNumbersAreLinksTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    /**
     * The problems on the open page: numbers outside a {@code tel:} link, found by a pattern of
     * this test's own (not Haven's), and phone links drawn on more than one line.
     */
    @SuppressWarnings("unchecked")
    static List<String> problems() {
        return (List<String>)
                browser.script(
                        """
                var found = [];
                var number = /(^|[^\\w+£.,\\/:-])((?:\\+44 ?|0)\\d{2,4}[ -]?\\d{3,4}(?:[ -]?\\d{3,4})?|999|116 ?\\d{3})(?![\\w-]|[.,:\\/]\\d)/g;
                var main = document.getElementById('main-content');
                var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
                for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                  if (node.parentElement.closest('a, code, pre, script')) continue;
                  var m;
                  while ((m = number.exec(node.textContent)) !== null) found.push('"' + m[2] + '" is not a phone link');
                }
                document.querySelectorAll('a[href^="tel:"]').forEach(function (a) {
                  var r = a.getBoundingClientRect();
                  if (r.width > 0 && a.getClientRects().length > 1) found.push('"' + a.textContent + '" breaks across lines');
                });
                return found;
                """);
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void everyNumberInTheTextIsAPhoneLinkThatStaysOnOneLine(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        browser.viewport(320, 640);
        try {
            new Findings("Phone numbers on the " + name + " site at 320 px")
                    .onEveryPage(browser, site, page -> problems())
                    .assertNone();
        } finally {
            browser.desktopViewport();
        }
    }

    @Test
    void theCheckCatchesATypedNumberAndALinkThatWraps() {
        browser.viewport(320, 640);
        try {
            browser.open(BrokenPages.url("phones"));
            assertEquals(
                    List.of("\"0800 1111\" is not a phone link", "\"0161 217 6028\" breaks across lines"), problems());
        } finally {
            browser.desktopViewport();
        }
    }
}
