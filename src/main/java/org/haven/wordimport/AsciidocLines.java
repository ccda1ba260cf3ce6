package org.haven.wordimport;

import java.util.ArrayList;
import java.util.List;

/** The body being written, line by line, with notes tied to the line they are about. */
final class AsciidocLines {
    private final StringBuilder text = new StringBuilder();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private int lines;
    private int lastWritten;
    private boolean blankBefore = true;
    private String heading;

    void line(String line) {
        for (String message : pending) notes.add(new ImportNote(lines + 1, message));
        pending.clear();
        text.append(line).append('\n');
        lines += line.split("\n", -1).length;
        lastWritten = lines;
        blankBefore = false;
    }

    /** The heading written next is this one, in Word's words. */
    void nowUnder(String headingWords) {
        heading = ImportNote.shortened(headingWords);
    }

    /** Where in the document the next line comes from, as a person finds it in Word: under which heading. */
    String place() {
        return heading == null ? "before the first heading" : "under the heading \"" + heading + "\"";
    }

    /** One blank line, never two in a row: blocks are separated, list items are not. */
    void blank() {
        if (blankBefore) return;
        text.append('\n');
        lines++;
        blankBefore = true;
    }

    /** A note about the next line written (not a blank one). */
    void noteNext(String message) {
        pending.add(message);
    }

    /** Notes waiting for a line, made about the line just written: what they are about wrote nothing. */
    void pendingAboutLast() {
        for (String message : pending) noteLast(message);
        pending.clear();
    }

    /** A note about the last line written that is not blank. */
    void noteLast(String message) {
        notes.add(new ImportNote(lastWritten, message));
    }

    void noteWholePage(String message) {
        notes.add(new ImportNote(0, message));
    }

    String text() {
        return text.toString();
    }

    /** The notes; any about a line that never came (the document ended) are about the last line. */
    List<ImportNote> notes() {
        pendingAboutLast();
        return notes;
    }
}
