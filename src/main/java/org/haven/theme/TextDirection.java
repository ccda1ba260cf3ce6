package org.haven.theme;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language is written, decided by its script: a script subtag in the tag wins
 * ({@code pa-Arab} is right to left, {@code ku-Latn} left to right); otherwise the script the
 * language is usually written in, right to left for the languages below.
 */
public final class TextDirection {
    /** Scripts written right to left (ISO 15924). */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS =
            Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "samr", "mand", "yezi");
    /** Languages usually written in one of those scripts when the tag names none. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "lrc", "mzn", "nqo", "pnb", "ps", "sd", "syr", "ug",
            "ur", "yi");

    private TextDirection() {}

    /** {@code rtl} or {@code ltr}, as HTML's {@code dir} attribute takes it. */
    public static String of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) return "ltr";
        String[] parts =
                languageTag.trim().replace('_', '-').toLowerCase(Locale.ROOT).split("-");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4) return RIGHT_TO_LEFT_SCRIPTS.contains(parts[i]) ? "rtl" : "ltr";
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(parts[0]) ? "rtl" : "ltr";
    }
}
