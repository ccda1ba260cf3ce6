package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Leave this site" with JavaScript off, as the README promises it: the button is a plain link to
 * the exit page, every page opened stays in the tab's history so Back returns to the page left, and
 * the "Press Shift 3 times" hint is not shown, since Shift does nothing.
 */
class LeaveThisSiteWithoutJavaScriptTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withoutJavaScript();

    /** Walks through the site from the page before it, leaves by the button, and says what differs from the README. */
    static List<String> problemsLeaving(String home) {
        LeavingJourney.Walked walked = LeavingJourney.walk(browser, LocalExit.before(), home);
        List<String> problems = new ArrayList<>();
        Object hint = browser.script("var h = document.querySelector('.haven-leave-hint');"
                + " return h && h.getBoundingClientRect().height > 0 ? h.innerText : null;");
        if (hint != null)
            problems.add("the Shift hint \"" + hint + "\" shows, though Shift does nothing without JavaScript");
        LeavingJourney.BY_CLICKING.leave(browser);
        problems.addAll(LeavingJourney.problemsAfterLeavingWithoutJavaScript(browser, walked, LocalExit.exitUrl()));
        return problems;
    }

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void leaveThisSiteShowsTheExitPageAndBackReturnsToThePageLeft(String name) {
        assertEquals(List.of(), problemsLeaving(LocalExit.site(name).url("/")));
    }

    @Test
    void theCheckCatchesALeaveLinkThatNeedsJavaScriptAndAShiftHintThatShowsWithoutIt() {
        List<String> problems = problemsLeaving(LocalExit.brokenSite().url("/"));
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("not the exit page")),
                "the Leave link that goes nowhere is caught: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Shift hint")), "the hint is caught: " + problems);
    }
}
