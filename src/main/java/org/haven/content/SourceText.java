package org.haven.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A file's text, its lines for finding where something was written, and a digest of the text,
 * by which what was made from it before is found again.
 */
public record SourceText(String file, String text, String digest) {

    public static SourceText of(String file, String text) {
        return new SourceText(file, text, ContentDigest.hex(text));
    }

    /**
     * The text's lines, split again at each call rather than kept: a build holds every page's
     * text to its end, and most pages' lines are read once, for the header.
     */
    public List<String> lines() {
        return text.lines().toList();
    }

    /** The first line (1-based) that contains {@code fragment}, or 0 when none does. */
    public int lineContaining(String fragment) {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) return i + 1;
        }
        return 0;
    }

    /** The first line (1-based) matching {@code pattern} anywhere in it, or 0. */
    public int lineMatching(Pattern pattern) {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) return i + 1;
        }
        return 0;
    }
}
