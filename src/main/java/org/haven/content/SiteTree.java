package org.haven.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.haven.problems.Problems;

/**
 * The files under one of the site's folders, following symbolic links only while they stay
 * inside the site folder: a link to a file or folder elsewhere ({@code /etc/passwd}, someone's
 * documents) is an error naming the link, and nothing behind it is read.
 */
public final class SiteTree {
    private SiteTree() {}

    /** Every file under {@code folder} (a folder of the site in {@code siteRoot}), sorted. */
    public static List<Path> files(Path siteRoot, Path folder, Problems problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) return files;
        try {
            Path site = siteRoot.toRealPath();
            Files.walkFileTree(
                    folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
                                throws IOException {
                            return staysInside(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                            if (attributes.isRegularFile() && staysInside(file)) files.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (!(e instanceof FileSystemLoopException)) throw e;
                            problems.error(
                                    name(file),
                                    0,
                                    "This link leads back to a folder it is in, so its files would be read for ever.",
                                    "Remove the link, or point it at a folder that does not hold it.");
                            return FileVisitResult.CONTINUE;
                        }

                        /** Whether a path reached here (its folder already checked) is inside the site once its link, if any, is followed. */
                        private boolean staysInside(Path path) throws IOException {
                            if (!Files.isSymbolicLink(path) && !path.equals(folder)) return true;
                            Path real = path.toRealPath();
                            if (real.startsWith(site)) return true;
                            problems.error(
                                    name(path),
                                    0,
                                    "This is a link to " + real + ", which is outside the site folder. "
                                            + "Haven reads only files inside the site folder, so nothing from elsewhere on this computer is published.",
                                    "Copy what you need into the site folder and remove the link.");
                            return false;
                        }

                        private String name(Path path) {
                            return WebPath.of(siteRoot, path);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }
}
