package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (pinned by {@code src/test/browser/package-lock.json}, installed by Maven through
 * {@code src/test/install-node-packages}) run inside the page the browser has open.
 */
final class Axe {
    /**
     * WCAG 2.0, 2.1 and 2.2, levels A and AA, and axe's best practices (landmarks, one main, one h1,
     * headings in order and the like). Tagged wcag22aa, target-size (WCAG 2.5.8, a target at least
     * 24 by 24 CSS pixels or that far from the next) runs though axe leaves it off by default.
     */
    static final List<String> WCAG_A_AND_AA_AND_BEST_PRACTICE =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static final Path SCRIPT = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private static String source;

    /** One rule broken on one page. */
    record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + ", " + help + ") at " + String.join(" | ", targets);
        }
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new IllegalStateException(
                        SCRIPT + " is missing: run src/test/install-node-packages (Maven runs it before the tests)");
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Runs axe on the whole document open in the browser, with only the rules of the given tags. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(Chromium browser, List<String> tags) {
        // WebDriver scripts are not subject to the page's Content-Security-Policy, so axe can be injected as it is.
        browser.script(source());
        Object result = browser.asyncScript(
                """
                var done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return {rule: v.id, impact: v.impact || '', help: v.help,
                              targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                    }));
                  }, function (e) { done('axe failed: ' + e); });
                """,
                tags);
        if (result instanceof String error) throw new IllegalStateException(error);
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) item;
            violations.add(new Violation(
                    (String) v.get("rule"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    ((List<Object>) v.get("targets"))
                            .stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    private Axe() {}
}
