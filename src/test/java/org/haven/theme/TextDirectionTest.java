package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page reads the way its language is written. */
class TextDirectionTest {
    @ParameterizedTest
    @CsvSource({
        "ar, rtl",
        "ur, rtl",
        "fa, rtl",
        "he, rtl",
        "ps, rtl",
        "yi, rtl",
        "ckb, rtl",
        "dv, rtl",
        "sd, rtl",
        "ug, rtl",
        "ar-SA, rtl",
        "pa-Arab, rtl",
        "ku-Arab, rtl",
        "en-GB, ltr",
        "pl, ltr",
        "cy, ltr",
        "uk, ltr",
        "so, ltr",
        "pa, ltr",
        "ku-Latn, ltr",
        "sd-Deva, ltr",
        "az-Latn, ltr"
    })
    void isDecidedByTheScriptTheLanguageIsWrittenIn(String language, String direction) {
        assertEquals(direction, TextDirection.of(language));
    }
}
