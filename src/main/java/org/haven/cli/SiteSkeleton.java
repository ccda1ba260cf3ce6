package org.haven.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files {@code haven init} writes, kept as resources under {@code org/haven/init/site/} and
 * listed in {@code org/haven/init/files.txt}. A name whose part starts with {@code dot-} is
 * written with a dot instead ({@code dot-gitignore} is {@code .gitignore}), since a build leaves
 * some dot files out of its resources.
 */
final class SiteSkeleton {
    private static final String FOLDER = "/org/haven/init/";
    private static final String DOT = "dot-";

    /** One file of the new site: where it goes in the site folder, and its bytes. */
    record SkeletonFile(String path, byte[] content) {}

    private SiteSkeleton() {}

    static List<SkeletonFile> files() {
        return new String(read("files.txt"), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .map(resource -> new SkeletonFile(placed(resource), read("site/" + resource)))
                .toList();
    }

    private static String placed(String resource) {
        return ("/" + resource).replace("/" + DOT, "/.").substring(1);
    }

    private static byte[] read(String name) {
        try (InputStream in = SiteSkeleton.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("Haven is missing its resource " + FOLDER + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
