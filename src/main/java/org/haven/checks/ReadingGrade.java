package org.haven.checks;

import java.util.Locale;

/**
 * The Flesch–Kincaid grade of a text: 0.39 × words per sentence + 11.8 × syllables per word
 * − 15.59. Grade 9 is roughly what a 14-year-old reads easily; UK public-sector writing aims lower.
 *
 * <p>A site of a thousand pages has a million words, so the text is read in plain loops over
 * its characters rather than with regular expressions, which were the largest part of
 * finishing a page.
 */
public final class ReadingGrade {
    private ReadingGrade() {}

    /** The grade, rounded to one decimal place; 0 for a text with no words. */
    public static double of(String text) {
        int sentences = Math.max(1, sentences(text.trim()));
        char[] chars = text.toCharArray();
        char[] letters = new char[16];
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < chars.length) {
            int c = Character.codePointAt(chars, i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < chars.length && isWordCharacter(Character.codePointAt(chars, i))) {
                i += Character.charCount(Character.codePointAt(chars, i));
            }
            if (letters.length < 2 * (i - start)) letters = new char[4 * (i - start)];
            words++;
            syllables += syllables(chars, start, i, letters);
        }
        if (words == 0) return 0;
        double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return Math.round(Math.max(0, grade) * 10) / 10.0;
    }

    /** A word is a letter followed by letters, apostrophes and hyphens. */
    private static boolean isWordCharacter(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    /**
     * Sentence ends: a run of . ! ? followed by a space or the end of the text, and a blank line.
     * (The space after the stop belongs to that end, so ".\n\n" counts once.)
     */
    static int sentences(String text) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isStop(c)) {
                int end = i;
                while (end < n && isStop(text.charAt(end))) end++;
                if (end < n && isSpace(text.charAt(end))) {
                    count++;
                    end++;
                } else if (end == n || isFinalLineBreak(text, end)) {
                    count++;
                }
                i = end;
            } else if (c == '\n') {
                int lastBreak = -1;
                for (int j = i + 1; j < n && isSpace(text.charAt(j)); j++) {
                    if (text.charAt(j) == '\n') lastBreak = j;
                }
                if (lastBreak > 0) count++;
                i = lastBreak > 0 ? lastBreak + 1 : i + 1;
            } else {
                i++;
            }
        }
        return count;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isFinalLineBreak(String text, int at) {
        char c = text.charAt(at);
        return at == text.length() - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** The syllables of one word. */
    static int syllables(String word) {
        return syllables(word.toCharArray(), 0, word.length(), new char[2 * word.length()]);
    }

    /**
     * Vowel groups in the word's letters a–z (after lower-casing), once a silent ending (-es,
     * -ed, -e) and a leading y are dropped; words of up to three letters have one. {@code w}
     * holds the letters, at least twice the word's length.
     */
    private static int syllables(char[] text, int from, int to, char[] w) {
        int length = 0;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c < 128) {
                char lower = Character.toLowerCase((char) c);
                if (lower >= 'a' && lower <= 'z') w[length++] = lower;
            } else {
                String lower = Character.toString(c).toLowerCase(Locale.ROOT);
                for (int k = 0; k < lower.length() && length < w.length; k++) {
                    if (lower.charAt(k) >= 'a' && lower.charAt(k) <= 'z') w[length++] = lower.charAt(k);
                }
            }
        }
        if (length <= 3) return 1;
        int start = w[0] == 'y' ? 1 : 0;
        int end = length - silentEnding(w, length);
        int groups = 0;
        for (int i = start; i < end; i++) {
            if (isVowel(w[i]) && (i == start || !isVowel(w[i - 1]))) groups++;
        }
        return Math.max(1, groups);
    }

    /** How many letters end the word without being said: "-es" after a consonant other than l, "-ed", or such an "-e". */
    private static int silentEnding(char[] w, int length) {
        char last = w[length - 1];
        char beforeLast = w[length - 2];
        if (last == 's' && beforeLast == 'e' && !isVowelOrL(w[length - 3])) return 3;
        if (last == 'd' && beforeLast == 'e') return 2;
        if (last == 'e' && !isVowelOrL(beforeLast)) return 2;
        return 0;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean isVowelOrL(char c) {
        return c == 'l' || isVowel(c);
    }
}
