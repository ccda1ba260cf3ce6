package org.haven.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadingGradeTest {
    @Test
    void shortWordsInShortSentencesReadAtTheLowestGrade() {
        assertEquals(0, ReadingGrade.of("The cat sat on the mat. We can help you."));
        assertEquals(0, ReadingGrade.of(""));
    }

    @Test
    void longSentencesOfLongWordsReadAtAHighGrade() {
        double grade =
                ReadingGrade.of("Multi-agency safeguarding arrangements necessitate comprehensive information-sharing "
                        + "protocols between organisations, notwithstanding considerable operational complexity.");
        assertTrue(grade > 20, "grade " + grade);
    }

    @Test
    void syllablesAreVowelGroupsLessASilentEnding() {
        assertEquals(1, syllables("cat"));
        assertEquals(4, syllables("safeguarding"));
        assertEquals(1, syllables("makes"));
        assertEquals(1, syllables("bored"));
        assertEquals(2, syllables("table"));
        assertEquals(2, syllables("Yellow"));
        assertEquals(1, syllables("rhythm"));
    }

    @Test
    void sentencesEndWithAStopBeforeASpaceOrWithABlankLine() {
        assertEquals(3, ReadingGrade.sentences("One. Two! Three?"));
        assertEquals(0, ReadingGrade.sentences("Version 1.2 is out"));
        assertEquals(2, ReadingGrade.sentences("A heading\n\nA paragraph."));
        assertEquals(1, ReadingGrade.sentences("The end.\n\n"));
    }

    private static int syllables(String word) {
        return ReadingGrade.syllables(word);
    }
}
