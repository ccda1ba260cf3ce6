package org.haven.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade of a text: 0.39 × words per sentence + 11.8 × syllables per word
 * − 15.59. Grade 9 is roughly what a 14-year-old reads easily; UK public-sector writing aims lower.
 */
public final class ReadingGrade {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n\\s*\\n");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$|^y");

    private ReadingGrade() {
    }

    /** The grade, rounded to one decimal place; 0 for a text with no words. */
    public static double of(String text) {
        int sentences = Math.max(1, count(SENTENCE_END.matcher(text.trim())));
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        if (words == 0) return 0;
        double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return Math.round(Math.max(0, grade) * 10) / 10.0;
    }

    static int syllables(String word) {
        String w = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.length() <= 3) return 1;
        w = SILENT_ENDING.matcher(w).replaceAll("");
        return Math.max(1, count(VOWEL_GROUP.matcher(w)));
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) n++;
        return n;
    }
}
