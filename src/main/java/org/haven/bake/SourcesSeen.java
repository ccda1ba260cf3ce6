package org.haven.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.haven.content.WebPath;

/**
 * What the site's page and data files looked like to a build: each one's path, size and time of
 * last change, as one digest. A build that finds them otherwise than the last build left them
 * will very likely convert a page, so it starts JRuby at once instead of once it finds the first
 * page missing from the cache. It is only a hint: it decides when JRuby starts, never what is
 * built.
 */
record SourcesSeen(String digest) {
    static final String FILE = "sources-seen";
    private static final List<String> FOLDERS = List.of("content", "data");

    /** The site's page and data files as they are now. */
    static SourcesSeen now(Path siteRoot) {
        CacheKey.Builder key = CacheKey.of(FILE);
        for (String name : FOLDERS) {
            Path folder = siteRoot.resolve(name);
            if (!Files.isDirectory(folder)) continue;
            List<String> seen = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                files.forEach(file -> seen.add(seen(siteRoot, file)));
            } catch (IOException | RuntimeException e) {
                seen.add("unreadable");
            }
            key.add(seen);
        }
        return new SourcesSeen(key.build().hex());
    }

    private static String seen(Path siteRoot, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return WebPath.of(siteRoot, file) + " " + attributes.size() + " "
                    + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return WebPath.of(siteRoot, file) + " unreadable";
        }
    }
}
