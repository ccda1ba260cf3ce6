package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a touch phone 375 CSS pixels wide, on every page of the example and riverside sites: scrolled
 * to the very bottom, the "Leave this site" button is still on screen and nothing covers it; and the
 * "Press Shift 3 times" hint is not shown, since a phone has no Shift key.
 */
class LeaveThisSiteOnAPhoneTest {
    @RegisterExtension
    static final Chromium phone = Chromium.onATouchPhone();

    private static final String AT_THE_BOTTOM = PageProbes.DESCRIBE
            + """
            window.scrollTo(0, document.documentElement.scrollHeight);
            var button = document.querySelector('.haven-leave'), hint = document.querySelector('.haven-leave-hint');
            var r = button.getBoundingClientRect();
            var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {touch: matchMedia('(pointer: coarse)').matches, width: innerWidth,
                    screens: document.documentElement.scrollHeight / innerHeight,
                    inView: r.width > 0 && r.top >= 0 && r.bottom <= innerHeight, top: Math.round(r.top),
                    coveredBy: hit && !button.contains(hit) ? describe(hit) : null,
                    hint: hint && hint.getBoundingClientRect().height > 0 ? hint.innerText : null};
            """;

    /** What is wrong on the open page once it is scrolled to the bottom; how many screens long it is goes in {@code screens}. */
    static List<String> problemsAtTheBottom(Chromium phone, List<Double> screens) {
        Map<?, ?> seen = (Map<?, ?>) phone.script(AT_THE_BOTTOM);
        if (!Boolean.TRUE.equals(seen.get("touch")) || ((Number) seen.get("width")).intValue() != 375) {
            throw new IllegalStateException("not a 375px touch phone: " + seen);
        }
        screens.add(((Number) seen.get("screens")).doubleValue());
        List<String> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(seen.get("inView"))) {
            problems.add("scrolled to the bottom, Leave this site is off the screen (top " + seen.get("top") + "px)");
        } else if (seen.get("coveredBy") != null) {
            problems.add("scrolled to the bottom, Leave this site is covered by " + seen.get("coveredBy"));
        }
        if (seen.get("hint") != null)
            problems.add("the Shift hint \"" + seen.get("hint") + "\" shows on a touch phone");
        return problems;
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void scrolledToTheBottomOfAnyPageLeaveThisSiteIsOnScreenAndNoShiftHintShows(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        List<Double> screens = new ArrayList<>();
        new Findings("Leave this site on a touch phone on the " + name + " site")
                .onEveryPage(phone, site, page -> problemsAtTheBottom(phone, screens))
                .assertNone();
        double longest = screens.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(longest > 3, "the longest page is " + longest + " screens long: the check scrolled a long page");
    }

    @Test
    void theCheckCatchesABarThatScrollsAwayAndAHintShownOnTouch() {
        phone.open(LocalExit.brokenSite().url("/a-z/"));
        List<String> problems = problemsAtTheBottom(phone, new ArrayList<>());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("is off the screen")),
                "the bar that scrolls away is caught: " + problems);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("Shift hint")),
                "the hint on a touch phone is caught: " + problems);
    }
}
