package org.haven.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build cache's own small files, read and replaced. A cache may come back from a CI cache or
 * a shared folder holding anything: a file Haven reads there must be a plain file (a link or a
 * pipe reads as nothing, so a build neither waits on a pipe for ever nor reads outside the
 * folder), and a file it replaces is written beside it under a name of its own and renamed over
 * it, so a link in its place is replaced, never written through.
 */
final class CacheFiles {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private CacheFiles() {}

    /** Whether {@code file} is a plain file: not missing, a folder, a link or a pipe. */
    static boolean isPlain(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The text of {@code file}; none when it is not a plain file or cannot be read. */
    static Optional<String> text(Path file) {
        if (!isPlain(file)) return Optional.empty();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes {@code text} the contents of {@code file} in one rename; the file written first is
     * named {@code FILE.part-PID-N}, which a later build deletes if this one stopped halfway.
     */
    static void replace(Path file, String text) throws IOException {
        Path next = file.resolveSibling(
                file.getFileName() + ".part-" + ProcessHandle.current().pid() + "-" + NUMBER.incrementAndGet());
        try {
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(next);
        }
    }
}
