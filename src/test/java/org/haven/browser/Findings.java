package org.haven.browser;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** What a check found wrong, page by page, so one failure names every page and element at once. */
final class Findings {
    private final String check;
    private final List<String> lines = new ArrayList<>();
    private int pages;

    Findings(String check) {
        this.check = check;
    }

    void checked() {
        pages++;
    }

    void add(String page, String problem) {
        lines.add(page + ": " + problem);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int pagesChecked() {
        return pages;
    }

    void assertNone() {
        if (pages == 0) fail(check + ": no page was checked");
        if (!lines.isEmpty()) {
            fail(check + ": " + lines.size() + " problem(s) on " + pages + " page(s) checked\n  " + String.join("\n  ", lines));
        }
        System.out.println(check + ": " + pages + " page(s) checked, nothing wrong");
    }
}
