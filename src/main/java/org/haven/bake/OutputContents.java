package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.haven.content.WebPath;

/**
 * What an output folder holds, read in one walk: each file's size by its path in the site, and
 * every folder. A build decides from it which files Haven did not write, which of the site's
 * files may be unchanged (only those of the same size are read to compare) and what to delete.
 *
 * @param sizes each file (or link, of size -1) by its path
 * @param folders each folder below the output folder by its path
 */
record OutputContents(Map<String, Long> sizes, Set<String> folders) {
    static final OutputContents NONE = new OutputContents(Map.of(), Set.of());

    /** What {@code folder} holds; nothing when it is not a folder. */
    static OutputContents of(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return NONE;
        Map<String, Long> sizes = new HashMap<>();
        Set<String> folders = new HashSet<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(folder)) folders.add(WebPath.of(folder, dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    sizes.put(WebPath.of(folder, file), attributes.isRegularFile() ? attributes.size() : -1);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputContents(sizes, folders);
    }

    /** Whether it holds exactly {@code files}, with no folder but theirs. */
    boolean holdsOnly(Set<String> files) {
        return sizes.size() == files.size() && sizes.keySet().equals(files) && folders.equals(foldersOf(files));
    }

    /** The folders {@code files} are in, each with every folder above it. */
    static Set<String> foldersOf(Set<String> files) {
        Set<String> folders = new HashSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1))
                folders.add(file.substring(0, slash));
        }
        return folders;
    }
}
