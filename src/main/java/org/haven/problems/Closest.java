package org.haven.problems;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The name someone most likely meant, to suggest in a fix ("did you mean {@code :summary:}?"). */
public final class Closest {
    private Closest() {}

    /**
     * The candidate fewest edits away from {@code written}, if it is near enough to be a slip:
     * at most two edits, or a third of the name's length for long names.
     */
    public static Optional<String> to(String written, Collection<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, lower.length() / 3);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(written))
                .map(candidate -> new Scored(candidate, edits(lower, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.edits() <= allowed)
                .min(Comparator.comparingInt(Scored::edits).thenComparing(Scored::name))
                .map(Scored::name);
    }

    private record Scored(String name, int edits) {}

    /** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
