package org.haven.content;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A file's path inside the site as a web address writes it: its names joined by {@code /} on
 * every platform ({@code content\reporting\help.adoc} on Windows is {@code content/reporting/help.adoc}).
 */
public final class WebPath {
    private WebPath() {}

    /** {@code file}'s path relative to {@code folder}, which holds it. */
    public static String of(Path folder, Path file) {
        return of(folder.relativize(file));
    }

    /** A relative path's names, joined by {@code /}. */
    public static String of(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
