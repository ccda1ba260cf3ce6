package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Puts a built site in the output folder without ever leaving half a site there. Files go into
 * a folder beside it as the build makes them (unchanged files are hard links to the old ones,
 * so only what changed is written), and the finished folder is swapped in with two renames.
 * Closed without {@link #commit}, as when the build fails, it removes that folder and the old
 * site stays as it was.
 */
public final class OutputWriter implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Path old;
    /** What each path holds in the staging folder, and whether that differs from the old site. */
    private final Map<String, Placed> placed = new ConcurrentHashMap<>();
    private boolean committed;

    private record Placed(byte[] content, boolean changed) {
    }

    private OutputWriter(Path output) throws IOException {
        target = output.toAbsolutePath().normalize();
        staging = target.resolveSibling("." + target.getFileName() + ".haven-new");
        old = target.resolveSibling("." + target.getFileName() + ".haven-old");
        deleteTree(staging);
        deleteTree(old);
        Files.createDirectories(staging);
    }

    /** Starts a new site for {@code output}, in a folder beside it. */
    public static OutputWriter beside(Path output) {
        try {
            return new OutputWriter(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts one file in the new site as soon as it is made; safe to call on several threads. */
    public void place(String path, byte[] content) {
        placed.compute(path, (p, before) -> {
            if (before != null && before.content() == content) return before;
            try {
                Path next = staging.resolve(p);
                Files.createDirectories(next.getParent());
                // A path made twice may be a hard link to the old site by now: unlink it, never write through it.
                if (before != null) Files.delete(next);
                Path previous = target.resolve(p);
                if (sameContent(previous, content) && link(previous, next)) return new Placed(content, false);
                Files.write(next, content);
                return new Placed(content, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Places the files of {@code site} not placed yet, and swaps the new site in.
     *
     * @return the number of files whose content changed
     */
    public int commit(SiteOutput site) {
        site.files().forEach(this::place);
        try {
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) placed.values().stream().filter(Placed::changed).count();
    }

    /** Without a commit, removes the new site and puts the old one back if it was moved. */
    @Override
    public void close() {
        if (committed) return;
        try {
            deleteTree(staging);
            if (!Files.exists(target) && Files.exists(old)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
