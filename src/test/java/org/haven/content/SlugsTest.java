package org.haven.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names become the lower-case, hyphenated words of a URL, whatever letters they are written in. */
class SlugsTest {
    @Test
    void keepsLettersAndDigitsAndMakesEachRunOfAnythingElseOneHyphen() {
        assertEquals("neglect-abuse", Slugs.slug("Neglect & Abuse"));
        assertEquals("2024-25-plan", Slugs.slug("2024/25 plan"));
        assertEquals("domestic-abuse", Slugs.slug("  Domestic   abuse!  "));
    }

    @Test
    void dropsAccentsAndSpellsOutLigatures() {
        assertEquals("cafe-creme", Slugs.slug("Café crème"));
        assertEquals("w-welsh-istanbul", Slugs.slug("Ŵ Welsh İstanbul"));
        assertEquals("file", Slugs.slug("ﬁle"));
    }

    @Test
    void aNameWithNoLetterOrDigitItCanKeepIsAnItem() {
        assertEquals("item", Slugs.slug("!!!"));
        assertEquals("item", Slugs.slug("خدمات"));
        assertEquals("item", Slugs.slug(""));
    }
}
