package org.haven.report;

import java.util.List;
import org.haven.listings.Dates;

/**
 * The report for a terminal, at most 80 columns wide where words allow: under each section,
 * each page by its title and address, the file to edit below it, then its items by line.
 */
public final class TextReport {
    static final int WIDTH = 80;

    private TextReport() {}

    public static String of(ContentReport report) {
        StringBuilder text = new StringBuilder();
        wrap(text, "Content report for " + report.siteName(), "", "");
        wrap(text, Dates.text(report.date()) + ". Drafts are included; this report is never published.", "", "");
        for (Section section : report.sections()) {
            String heading = section.title() + " (" + section.items().size() + ")";
            text.append('\n')
                    .append(heading)
                    .append('\n')
                    .append("-".repeat(heading.length()))
                    .append('\n');
            wrap(text, section.explanation(), "", "");
            if (section.items().isEmpty()) text.append("  Nothing to do.\n");
            for (Section.PlaceItems place : section.byPlace()) {
                place(text, place.place());
                for (Item item : place.items()) {
                    wrap(
                            text,
                            item.line() > 0 ? "line " + item.line() + ": " + item.note() : item.note(),
                            "    ",
                            "      ");
                }
            }
        }
        return text.toString();
    }

    private static void place(StringBuilder text, Place place) {
        wrap(text, place.url() == null ? place.name() : place.name() + " (" + place.url() + ")", "  ", "    ");
        if (place.title() != null) text.append("    ").append(place.file()).append('\n');
    }

    /** Appends the words in lines of at most {@link #WIDTH} columns; a word longer than a line has one of its own. */
    static void wrap(StringBuilder text, String words, String firstIndent, String nextIndent) {
        StringBuilder line = new StringBuilder(firstIndent);
        boolean lineHasAWord = false;
        for (String word : List.of(words.split(" +"))) {
            if (lineHasAWord && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append('\n');
                line = new StringBuilder(nextIndent);
                lineHasAWord = false;
            }
            if (lineHasAWord) line.append(' ');
            line.append(word);
            lineHasAWord = true;
        }
        text.append(line).append('\n');
    }
}
