package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A glossary term is explained where it is written as a word of its own, never inside another word. */
class GlossaryTermsTest {
    private final GlossaryTerms terms = new GlossaryTerms(List.of("MASSH", "LA", "LADO", "Early", "Early Help"));

    @Test
    void aTermWrittenAsAWordIsFoundWhereItStands() {
        assertEquals(new GlossaryTerms.Found(9, "MASSH"), terms.find("Call the MASSH today.", 0));
        assertEquals(new GlossaryTerms.Found(0, "MASSH"), terms.find("MASSH.", 0));
        assertEquals(new GlossaryTerms.Found(1, "MASSH"), terms.find("(MASSH)", 0));
    }

    @Test
    void aTermInsideALongerWordOrNumberIsNotFound() {
        assertNull(terms.find("MASSHES", 0));
        assertNull(terms.find("xMASSH", 0));
        assertNull(terms.find("MASSH2", 0));
        assertNull(terms.find("éMASSH", 0), "a letter with an accent is a letter");
        assertNull(terms.find("MASSH²", 0), "a superscript two is a number");
        assertNull(terms.find("LAS", 0));
    }

    @Test
    void theLongestTermStartingAtAPlaceIsFound() {
        assertEquals(new GlossaryTerms.Found(4, "LADO"), terms.find("the LADO will", 0));
        assertEquals(new GlossaryTerms.Found(0, "Early Help"), terms.find("Early Help starts", 0));
    }

    @Test
    void aShorterTermIsFoundWhereTheLongerRunsIntoAWord() {
        assertEquals(new GlossaryTerms.Found(0, "LA"), terms.find("LA-led", 0));
        assertEquals(new GlossaryTerms.Found(0, "Early"), terms.find("Early Helpers", 0));
    }

    @Test
    void theSearchStartsWhereItIsTold() {
        String text = "The LA and the LADO";
        GlossaryTerms.Found first = terms.find(text, 0);
        assertEquals(new GlossaryTerms.Found(4, "LA"), first);
        assertEquals(new GlossaryTerms.Found(15, "LADO"), terms.find(text, first.end()));
        assertNull(terms.find(text, 16), "the rest of a word is not a word of its own");
    }

    @Test
    void noGlossaryFindsNothing() {
        assertNull(new GlossaryTerms(List.of()).find("MASSH", 0));
    }
}
