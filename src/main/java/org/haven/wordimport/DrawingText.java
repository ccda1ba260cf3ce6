package org.haven.wordimport;

import java.util.List;

/** What can be read of a drawing a web page cannot show (its words, its numbers), written in its place for a person to check. */
sealed interface DrawingText permits SmartArtWords, ChartTable {
    /** Its parts, each short enough to follow the others on one line, as in a table's cell. */
    List<String> inOneLine();

    /** What was read of it, for a person: "words", "numbers". */
    String readAs();

    /** How the page shows it: "list", "numbered list", "table". */
    String shownAs();
}
