package org.haven.wordimport;

import java.util.ArrayList;
import java.util.List;

/** The body being written, line by line, with notes tied to the line they are about. */
final class AsciidocLines {
    private final StringBuilder text = new StringBuilder();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private int lines;
    private boolean blankBefore = true;

    void line(String line) {
        for (String message : pending) notes.add(new ImportNote(lines + 1, message));
        pending.clear();
        text.append(line).append('\n');
        lines += line.split("\n", -1).length;
        blankBefore = false;
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

    /** A note about the line just written. */
    void noteLast(String message) {
        notes.add(new ImportNote(lines, message));
    }

    void noteWholePage(String message) {
        notes.add(new ImportNote(0, message));
    }

    String text() {
        return text.toString();
    }

    /** The notes; any about a line that never came (the document ended) are about the last line. */
    List<ImportNote> notes() {
        for (String message : pending) notes.add(new ImportNote(lines, message));
        pending.clear();
        return notes;
    }
}
