package org.haven.checks;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.haven.content.Page;
import org.haven.problems.Problems;
import org.jsoup.nodes.Element;

/** Rules checked on a page's converted HTML: heading order, link wording, table headers. */
public final class HtmlRules {
    private static final Set<String> VAGUE_LINK_TEXT =
            Set.of("here", "click here", "click", "this", "this page", "link", "more", "read more", "this link");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!:]+$");

    private HtmlRules() {}

    public static void check(Page page, Element body, Problems problems) {
        headingsDoNotSkip(page, body, problems);
        linksSayWhereTheyGo(page, body, problems);
        tablesHaveHeaders(page, body, problems);
    }

    private static void headingsDoNotSkip(Page page, Element body, Problems problems) {
        int previous = 1;
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.normalName().charAt(1) - '0';
            if (level == 1) {
                problems.error(
                        page.source(),
                        headingLine(page, heading.text()),
                        "The heading '" + heading.text() + "' is a second page title.",
                        "Use '== " + heading.text() + "' for a section: the page has one title, its first line.");
            } else if (level > previous + 1) {
                problems.error(
                        page.source(),
                        headingLine(page, heading.text()),
                        "The heading '" + heading.text() + "' skips a level (it is level " + level
                                + " and comes after a level " + previous
                                + " heading), which confuses screen-reader users.",
                        "Use " + "=".repeat(previous + 1) + " for it, or add the missing heading above it.");
            }
            previous = level;
        }
    }

    private static void linksSayWhereTheyGo(Page page, Element body, Problems problems) {
        for (Element link : body.select("a[href]")) {
            String text = TRAILING_PUNCTUATION
                    .matcher(link.text().trim().toLowerCase(Locale.ROOT))
                    .replaceAll("");
            if (VAGUE_LINK_TEXT.contains(text)) {
                problems.warning(
                        page.source(),
                        page.text().lineContaining("[" + link.text().trim()),
                        "A link says '" + link.text().trim() + "', which does not tell people where it goes.",
                        "Write what the link leads to, e.g. xref:levels/level-2.adoc[Level 2: additional needs].");
            }
        }
    }

    private static void tablesHaveHeaders(Page page, Element body, Problems problems) {
        for (Element table : body.select("table")) {
            if (table.select("thead th, thead td").isEmpty()
                    && table.select("th").isEmpty()) {
                String firstCell = table.select("td").isEmpty()
                        ? ""
                        : table.select("td").first().text();
                problems.warning(
                        page.source(),
                        page.text().lineContaining(firstCell.isEmpty() ? "|===" : firstCell),
                        "A table has no header row, so screen readers cannot say what each column means.",
                        "Put the column names on the first line after |===, followed by a blank line (or add [%header] above the table).");
            }
        }
    }

    private static int headingLine(Page page, String text) {
        int line = page.text().lineMatching(Pattern.compile("^=+\\s+" + Pattern.quote(text) + "\\s*$"));
        return line > 0 ? line : page.text().lineContaining(text);
    }
}
