package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a built site in the output folder without ever leaving half a site there: the new
 * site is made in a folder beside it (unchanged files are hard links to the old ones, so
 * only what changed is written) and swapped in with two renames.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    /** @return the number of files whose content changed */
    public static int write(SiteOutput site, Path output) {
        Path target = output.toAbsolutePath().normalize();
        Path staging = target.resolveSibling("." + target.getFileName() + ".haven-new");
        Path old = target.resolveSibling("." + target.getFileName() + ".haven-old");
        try {
            deleteTree(staging);
            deleteTree(old);
            Files.createDirectories(staging);
            int changed = 0;
            Set<String> written = new HashSet<>();
            for (Map.Entry<String, byte[]> file : site.filesMadeSoFar().entrySet()) {
                if (place(file.getKey(), file.getValue(), target, staging)) changed++;
                written.add(file.getKey());
            }
            for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
                if (!written.contains(file.getKey()) && place(file.getKey(), file.getValue(), target, staging)) changed++;
            }
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return changed;
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(staging);
                if (!Files.exists(target) && Files.exists(old)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Puts one file in the staging folder: a hard link to the old one if unchanged. @return whether it changed */
    private static boolean place(String path, byte[] content, Path target, Path staging) throws IOException {
        Path previous = target.resolve(path);
        Path next = staging.resolve(path);
        Files.createDirectories(next.getParent());
        if (sameContent(previous, content) && link(previous, next)) return false;
        Files.write(next, content);
        return true;
    }

    private static boolean sameContent(Path previous, byte[] content) throws IOException {
        return Files.isRegularFile(previous) && Files.size(previous) == content.length
                && Arrays.equals(Files.readAllBytes(previous), content);
    }

    private static boolean link(Path existing, Path link) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
