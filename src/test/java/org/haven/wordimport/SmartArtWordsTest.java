package org.haven.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.wordimport.SmartArtWords.Item;
import org.junit.jupiter.api.Test;

/**
 * A SmartArt diagram's words as the list a person checks, read from diagram data parts saved by
 * Microsoft PowerPoint (Word saves the same format; see the README beside them).
 */
class SmartArtWordsTest {
    private static final Path DIAGRAMS = Path.of("src/test/resources/word/microsoft-word/powerpoint-diagrams");

    private static SmartArtWords read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(DIAGRAMS.resolve(file))) {
            return SmartArtWords.read(in);
        }
    }

    @Test
    void aProcessIsItsStepsInOrder() throws Exception {
        SmartArtWords process = read("process-data.xml");
        assertTrue(process.inOrder(), "a process diagram becomes a numbered list");
        assertEquals(
                List.of(
                        new Item(1, "Communication and planning"),
                        new Item(1, "Line Manager Training and Prework"),
                        new Item(1, "Check data and gather insights"),
                        new Item(1, "Lead Talent Review sessions"),
                        new Item(1, "Update Workday"),
                        new Item(1, "Review total talent picture"),
                        new Item(1, "Ensure employee feedback and follow through")),
                process.items(),
                "a shape's words split across runs and lines read as one line");
    }

    @Test
    void aListWithPointsUnderEachShapeKeepsThemUnderIt() throws Exception {
        SmartArtWords list = read("nested-list-data.xml");
        assertFalse(list.inOrder(), "a list diagram is not numbered");
        assertEquals(
                List.of(
                        new Item(1, "R5+ Ready in the longer term"),
                        new Item(2, "Individual is believed to have potential to fulfil this role in the longer term"),
                        new Item(2, "Likely to have several significant development gaps at this time"),
                        new Item(
                                2,
                                "Likely to require 2+ further role rotations / experiences, in order to close identified"
                                        + " development gaps")),
                list.items());
    }
}
