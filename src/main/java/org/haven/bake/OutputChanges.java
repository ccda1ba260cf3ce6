package org.haven.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.haven.content.WebPath;

/**
 * What one build changes in an output folder that already holds the last site, applied in
 * place: the files and folders the new site no longer has are deleted, then the new and changed
 * files, which the build put in a folder of its own, are moved over the old ones, one rename each. A one-page edit to a site of thousands of pages thus touches a few files, not every
 * one.
 * <p>
 * The change is recorded before any of it is applied: the build's folder, with the list of what
 * to delete in it, is renamed to {@code .NAME.haven-applying} beside the output. A build that
 * stops while applying leaves that folder, and the next build into the output finishes the
 * change before it starts its own, so the output never stays half one site and half another.
 */
final class OutputChanges {
    /** In the applying folder: what to delete, files first then folders deepest first, each path followed by a NUL. */
    private static final String DELETIONS = ".haven-deletions";

    private OutputChanges() {}

    /**
     * Records the change held in {@code staging} (its files, and {@code deletions}) by renaming
     * it to {@code applying}, then applies it to {@code target}.
     */
    static void commit(Path staging, Path applying, Path target, List<String> deletions) throws IOException {
        Files.writeString(
                staging.resolve(DELETIONS),
                String.join("\0", deletions) + (deletions.isEmpty() ? "" : "\0"),
                StandardCharsets.UTF_8);
        Files.move(staging, applying, StandardCopyOption.ATOMIC_MOVE);
        try {
            apply(applying, target);
        } catch (IOException e) {
            throw new IOException(
                    whatFailed(e) + ". The new site is kept in " + applying
                            + ", and the next build puts the rest of it in place",
                    e);
        }
    }

    private static String whatFailed(IOException e) {
        if (!(e instanceof FileSystemException failed)) return String.valueOf(e.getMessage());
        String reason = failed.getReason() != null
                ? failed.getReason()
                : e instanceof AccessDeniedException
                        ? "in use by another program, or not yours to change"
                        : e instanceof DirectoryNotEmptyException
                                ? "a folder that is not empty"
                                : "could not be changed";
        // A move names the file moved first and the one in its way second.
        return (failed.getOtherFile() != null ? failed.getOtherFile() : failed.getFile()) + " (" + reason + ")";
    }

    /**
     * Finishes a change a build recorded but stopped applying.
     *
     * @return whether there was one
     */
    static boolean finishLeftBehind(Path applying, Path target) throws IOException {
        if (!Files.isRegularFile(applying.resolve(DELETIONS), LinkOption.NOFOLLOW_LINKS)) {
            // Stopped before the change was recorded: nothing of it reached the output.
            OutputWriter.deleteTree(applying);
            return false;
        }
        apply(applying, target);
        return true;
    }

    /** What the new site no longer has: the files, then the folders, deepest first. */
    static List<String> deletions(OutputContents old, Set<String> files) {
        List<String> deletions = new ArrayList<>();
        old.sizes().keySet().stream()
                .filter(file -> !files.contains(file))
                .sorted()
                .forEach(deletions::add);
        Set<String> folders = OutputContents.foldersOf(files);
        old.folders().stream()
                .filter(folder -> !folders.contains(folder))
                .sorted(Comparator.reverseOrder())
                .forEach(deletions::add);
        return deletions;
    }

    private static void apply(Path applying, Path target) throws IOException {
        Path list = applying.resolve(DELETIONS);
        // Deleted first: a file of the old site may stand where the new one has a folder, or the reverse.
        for (String path : Files.readString(list, StandardCharsets.UTF_8).split("\0")) {
            if (path.isEmpty()) continue;
            try {
                Files.deleteIfExists(target.resolve(path));
            } catch (DirectoryNotEmptyException kept) {
                // Only an empty folder goes.
            }
        }
        List<Path> moved;
        try (Stream<Path> files = Files.walk(applying)) {
            // Pages last, so that a visitor meanwhile gets no new page whose styles, scripts,
            // pictures or search index are not in place yet.
            moved = files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !file.equals(list))
                    .sorted(Comparator.comparing(file -> file.toString().endsWith(".html")))
                    .toList();
        }
        for (Path file : moved) {
            Path to = target.resolve(WebPath.of(applying, file));
            Files.createDirectories(to.getParent());
            Files.move(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        OutputWriter.deleteTree(applying);
    }
}
