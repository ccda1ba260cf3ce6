package org.haven.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the site's attribute names a text mentions, as Asciidoctor reads a name: standing as
 * a word of its own (in a reference, an ifdef, a counter), in any case. A hyphen before the name
 * counts as a boundary, so a name is sometimes counted where it is not used, which only converts
 * a page again, never the reverse.
 * <p>
 * The text is read once, whatever the number of names: each run of name characters and hyphens
 * is hashed from its end, and the hash of every part of it that starts the run or follows a
 * hyphen, and is as long as a name, is looked up among the names' hashes. Searching the text
 * once per name cost most of a nothing-changed build at 5,000 pages.
 */
final class AttributeMentions {
    private final Set<String> names;
    /** The names that are plain ASCII, lower-cased, by the hash of their characters taken from the last. */
    private final Map<Integer, List<Name>> byHash = new HashMap<>();
    /**
     * Names with other characters (outside ASCII, whose case folds differently one character at a
     * time, or that cannot stand in a run): searched for one by one.
     */
    private final List<Name> searchedApart = new ArrayList<>();

    private final String digest;
    private final int shortest;
    private final int longest;

    private record Name(String name, String lowerCase) {}

    AttributeMentions(Set<String> names) {
        this.names = names;
        this.digest = CacheKey.of("attribute-names")
                .add(HavenVersion.FINGERPRINT)
                .add(names)
                .build()
                .hex();
        for (String name : names) {
            Name entry = new Name(name, name.toLowerCase(Locale.ROOT));
            if (name.isEmpty() || !name.chars().allMatch(c -> c < 128 && inRun((char) c))) searchedApart.add(entry);
            else
                byHash.computeIfAbsent(hashFromEnd(entry.lowerCase()), h -> new ArrayList<>())
                        .add(entry);
        }
        IntSummaryStatistics lengths = byHash.values().stream()
                .flatMap(List::stream)
                .mapToInt(name -> name.lowerCase().length())
                .summaryStatistics();
        this.shortest = lengths.getMin();
        this.longest = lengths.getMax();
    }

    /** A digest of the names, and of how they are looked for, for keeping what was found under. */
    String digest() {
        return digest;
    }

    /** The names this was made for; a caller keeps one while it is given the same set. */
    Set<String> names() {
        return names;
    }

    /** The names {@code text} mentions, as given. */
    Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        if (!byHash.isEmpty()) findHashed(text.toCharArray(), found);
        if (!searchedApart.isEmpty()) {
            String lowerCase = text.toLowerCase(Locale.ROOT);
            for (Name name : searchedApart) if (mentions(lowerCase, name.lowerCase())) found.add(name.name());
        }
        return found;
    }

    /**
     * Each run is read back from its end, no further than the longest name: a name mentioned
     * must end where its run does, as a name character or a hyphen after it would make it part
     * of a longer word.
     */
    private void findHashed(char[] text, Set<String> found) {
        int end = text.length;
        while (end > 0) {
            while (end > 0 && !inRun(text[end - 1])) end--;
            int start = end;
            while (start > 0 && inRun(text[start - 1])) start--;
            int hash = 0;
            for (int at = end - 1; at >= start && end - at <= longest; at--) {
                hash = 31 * hash + lowerCase(text[at]);
                boolean startsWord = at == 0 || !isNameCharacter(text[at - 1]);
                if (startsWord && end - at >= shortest) lookUp(text, at, end, hash, found);
            }
            end = start;
        }
    }

    private void lookUp(char[] text, int start, int end, int hash, Set<String> found) {
        List<Name> candidates = byHash.get(hash);
        if (candidates == null) return;
        for (Name name : candidates) {
            if (name.lowerCase().length() == end - start && sameIgnoringCase(text, start, name.lowerCase()))
                found.add(name.name());
        }
    }

    private static boolean sameIgnoringCase(char[] text, int start, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++)
            if (lowerCase(text[start + i]) != lowerCase.charAt(i)) return false;
        return true;
    }

    private static char lowerCase(char c) {
        return c < 128 ? ASCII_LOWER_CASE[c] : Character.toLowerCase(c);
    }

    private static int hashFromEnd(String lowerCase) {
        int hash = 0;
        for (int i = lowerCase.length() - 1; i >= 0; i--) hash = 31 * hash + lowerCase.charAt(i);
        return hash;
    }

    private static boolean mentions(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !isNameCharacter(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !inRun(text.charAt(end));
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private static boolean inRun(char c) {
        return c == '-' || isNameCharacter(c);
    }

    private static boolean isNameCharacter(char c) {
        return c < 128 ? ASCII_NAME_CHARACTER[c] : Character.isLetterOrDigit(c);
    }

    private static final char[] ASCII_LOWER_CASE = new char[128];
    private static final boolean[] ASCII_NAME_CHARACTER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER_CASE[c] = Character.toLowerCase(c);
            ASCII_NAME_CHARACTER[c] = Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
