package org.haven.wordimport;

/** One thing the import changed or a person must look at, on a line of the new page (0: the whole page). */
public record ImportNote(int line, String message) {
    ImportNote movedDown(int lines) {
        return new ImportNote(line == 0 ? 0 : line + lines, message);
    }

    public String describe(String file) {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
