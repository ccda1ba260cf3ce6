package org.haven.bake;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the glossary's terms are written in a text: as whole words (not inside a longer word
 * or number), the longest where several start at the same place. A plain scan rather than one
 * pattern of every term, which was the largest part of explaining terms.
 */
final class GlossaryTerms {
    /** The first letter of some term: every other place in a text is passed over at once. */
    private final BitSet firstLetters = new BitSet();
    /** The terms by their first letter, longest first. */
    private final Map<Integer, List<String>> byFirstLetter = new HashMap<>();

    /** A term found in a text, from {@code start}. */
    record Found(int start, String term) {
        int end() {
            return start + term.length();
        }
    }

    GlossaryTerms(List<String> terms) {
        terms.stream()
                .filter(term -> !term.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(term -> {
                    firstLetters.set(term.codePointAt(0));
                    byFirstLetter
                            .computeIfAbsent(term.codePointAt(0), letter -> new ArrayList<>())
                            .add(term);
                });
    }

    /** The first term written in {@code text} at or after {@code from}, or null if there is none. */
    Found find(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int letter = text.codePointAt(i);
            if (firstLetters.get(letter) && (i == 0 || !isLetterOrNumber(text.codePointBefore(i)))) {
                for (String term : byFirstLetter.get(letter)) {
                    int end = i + term.length();
                    if (text.startsWith(term, i) && (end == text.length() || !isLetterOrNumber(text.codePointAt(end))))
                        return new Found(i, term);
                }
            }
            i += Character.charCount(letter);
        }
        return null;
    }

    /** What a regular expression's {@code [\p{L}\p{N}]} matches. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
