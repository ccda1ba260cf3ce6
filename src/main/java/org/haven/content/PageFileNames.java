package org.haven.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's file name becomes its web address, so it may hold only what an address carries as
 * written: not a space, not {@code #} or {@code ?} (a browser reads the rest as a fragment or a
 * query), {@code %} (read as an escape) or the other characters addresses must escape.
 */
final class PageFileNames {
    private static final Pattern CANNOT_BE_IN_AN_ADDRESS = Pattern.compile("[\\s#?%\"<>\\\\^`{|}\\[\\]\\p{Cntrl}]");

    private PageFileNames() {}

    /** A name for the file under content/ that can be an address, when its own cannot; each folder and the name made into a slug. */
    static Optional<String> suggestion(String file) {
        if (!CANNOT_BE_IN_AN_ADDRESS.matcher(file).find()) return Optional.empty();
        String[] parts = file.split("/");
        List<String> better = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            String suffix = !last
                    ? ""
                    : parts[i].endsWith(ContentFolder.EASY_READ_SUFFIX) ? ContentFolder.EASY_READ_SUFFIX : ".adoc";
            String name = parts[i].substring(0, parts[i].length() - suffix.length());
            better.add((CANNOT_BE_IN_AN_ADDRESS.matcher(name).find() ? Slugs.slug(name) : name) + suffix);
        }
        return Optional.of(String.join("/", better));
    }
}
