package org.haven.wordimport;

import java.time.LocalDate;
import org.haven.checks.SourceRules;
import org.haven.content.PageType;

/**
 * The page's header: what Haven can tell from the document, and FILL IN where a person must
 * decide; {@code typeAttributes} are the lines the page's type needs, as {@code haven new} writes them.
 */
record PageHeaderDraft(
        String title, PageType type, String typeAttributes, LocalDate today, String owner, String firstParagraph) {
    static final String FILL_IN = SourceRules.PLACEHOLDER;
    private static final int SUGGESTION_LENGTH = 200;

    String text() {
        StringBuilder header = new StringBuilder("= ")
                .append(LiteralText.title(LiteralText.inline(title)))
                .append('\n')
                .append(":jbake-type: ")
                .append(type.word())
                .append('\n')
                .append(":jbake-status: draft\n");
        if (type == PageType.NEWS || type == PageType.REVIEW)
            header.append(":jbake-date: ").append(today).append('\n');
        if (!firstParagraph.isBlank())
            header.append("// Summary suggested from the first paragraph (the summary shows under the title: "
                            + "if you use this, take it out of the paragraph, or the page says it twice): ")
                    .append(suggestion())
                    .append('\n');
        header.append(":summary: ")
                .append(FILL_IN)
                .append(": one sentence saying what this page is for (it shows under the title, in lists and in "
                        + "search results).\n")
                .append(":review-by: ")
                .append(today.plusYears(1))
                .append('\n')
                .append(":owner: ")
                .append(owner.isBlank() ? FILL_IN + ": the team that keeps this page right" : owner)
                .append('\n');
        return header.append(typeAttributes).append('\n').toString();
    }

    private String suggestion() {
        // One line: the comment ends at the line's end, and what came after would be read as the header.
        String first = firstParagraph.strip().split("(?<=[.!?])\\s+")[0].replaceAll("\\s+", " ");
        return first.length() <= SUGGESTION_LENGTH ? first : first.substring(0, SUGGESTION_LENGTH) + "…";
    }
}
