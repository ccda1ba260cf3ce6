package org.haven.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A file's text with its lines, for finding where something was written, and a digest of the
 * text, by which what was made from it before is found again.
 */
public record SourceText(String file, String text, List<String> lines, String digest) {

    public static SourceText of(String file, String text) {
        return new SourceText(file, text, text.lines().toList(), ContentDigest.hex(text));
    }

    /** The first line (1-based) that contains {@code fragment}, or 0 when none does. */
    public int lineContaining(String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) return i + 1;
        }
        return 0;
    }

    /** The first line (1-based) matching {@code pattern} anywhere in it, or 0. */
    public int lineMatching(Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) return i + 1;
        }
        return 0;
    }
}
