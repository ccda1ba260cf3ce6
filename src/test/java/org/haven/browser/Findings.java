package org.haven.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What a check found wrong, page by page, so one failure names every page and element at once. */
final class Findings {
    private final String check;
    private final List<String> lines = new ArrayList<>();
    private int pages;

    Findings(String check) {
        this.check = check;
    }

    /** Opens every page of {@code site} and adds what {@code problemsOn} finds on each; then {@link #assertNone()}. */
    Findings onEveryPage(Chromium browser, BrowserSites.Served site, Function<String, List<String>> problemsOn) {
        for (String page : site.pages()) {
            browser.open(site.url(page));
            for (String problem : problemsOn.apply(page)) add(page, problem);
            checked();
        }
        return this;
    }

    void checked() {
        pages++;
    }

    void add(String page, String problem) {
        lines.add(page + ": " + problem);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    int pagesChecked() {
        return pages;
    }

    void assertNone() {
        if (pages == 0) fail(check + ": no page was checked");
        if (!lines.isEmpty()) {
            fail(check + ": " + lines.size() + " problem(s) on " + pages + " page(s) checked\n  "
                    + String.join("\n  ", lines));
        }
        System.out.println(check + ": " + pages + " page(s) checked, nothing wrong");
    }
}
