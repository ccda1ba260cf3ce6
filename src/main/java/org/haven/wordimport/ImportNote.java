package org.haven.wordimport;

/** One thing the import changed or a person must look at, on a line of the new page (0: the whole page). */
public record ImportNote(int line, String message) {
    ImportNote movedDown(int lines) {
        return new ImportNote(line == 0 ? 0 : line + lines, message);
    }

    /** Words from the document quoted in a note: on one line, and no longer than a line. */
    static String shortened(String words) {
        String line = words.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }

    public String describe(String file) {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
