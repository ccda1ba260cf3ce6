package org.haven.bake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
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

    /** The site's page and data files as they are now, found in one walk that reads each one's attributes once. */
    static SourcesSeen now(Path siteRoot) {
        CacheKey.Builder key = CacheKey.of(FILE);
        for (String name : FOLDERS) {
            Path folder = siteRoot.resolve(name);
            if (!Files.isDirectory(folder)) continue;
            List<String> seen = new ArrayList<>();
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        seen.add(seen(siteRoot, dir, attributes));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        seen.add(seen(siteRoot, file, attributes));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        seen.add(WebPath.of(siteRoot, file) + " unreadable");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                seen.add("unreadable");
            }
            key.add(seen);
        }
        return new SourcesSeen(key.build().hex());
    }

    private static String seen(Path siteRoot, Path file, BasicFileAttributes attributes) {
        return WebPath.of(siteRoot, file) + " " + attributes.size() + " "
                + attributes.lastModifiedTime().toMillis();
    }
}
