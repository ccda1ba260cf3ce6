package org.haven.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names into the lower-case, hyphenated words used in URLs and ids. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Slugs() {}

    /** The name's letters and digits, lower-case, with a hyphen for each run of anything else; "item" for a name without any. */
    public static String slug(String name) {
        String plain = isAscii(name)
                ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                        .replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug.append(c);
            else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') slug.append('-');
        }
        if (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') slug.setLength(slug.length() - 1);
        return slug.isEmpty() ? "item" : slug.toString();
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) > 0x7f) return false;
        return true;
    }
}
