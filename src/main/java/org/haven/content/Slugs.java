package org.haven.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the lower-case, hyphenated words used in URLs and ids. */
public final class Slugs {
    private Slugs() {}

    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "item" : slug;
    }
}
