package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a built site in the output folder without ever leaving half a site there. Files go into
 * a folder of this build's own beside it as the build makes them, only those whose bytes the
 * output does not already hold; once the build has succeeded they replace the old ones in place
 * ({@link OutputChanges}, recorded first so that a build stopped halfway is finished by the
 * next), or the folder is renamed to the output when there was none. A site whose every file
 * the output already holds, and nothing more, leaves the output untouched. Closed without
 * {@link #commit}, as when the build fails, it removes its folder and the old site stays as it
 * was.
 * <p>
 * Opening it waits for any other build into the same folder ({@link OutputLock}), finishes or
 * undoes what a crashed build left, and refuses a folder holding files Haven did not write
 * ({@link SiteManifest}) unless forced. The new site lists its files in
 * {@link SiteManifest#FILE}.
 */
public final class OutputWriter implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Path old;
    private final Path applying;
    private final OutputLock lock;
    /** What the output held once this build had the lock. */
    private OutputContents before;
    /** Each file of the new site, and whether it is in the staging folder: the old site holds other bytes, or no such file. */
    private final Map<String, Boolean> inStaging = new ConcurrentHashMap<>();

    private boolean committed;

    private OutputWriter(Path output, boolean force, Consumer<String> say) throws IOException {
        target = output.toAbsolutePath().normalize();
        old = target.resolveSibling(beside(".haven-old"));
        staging = target.resolveSibling(
                beside(".haven-new-" + ProcessHandle.current().pid()));
        applying = target.resolveSibling(beside(".haven-applying"));
        // Refused before the lock is taken, so that a refusal leaves not even a lock file behind,
        // and looked at again if a crashed build's change is finished or another build wrote there
        // meanwhile: one that changed which files the site has changed the list of them.
        before = OutputContents.of(target);
        byte[] listSeen = SiteManifest.in(target);
        if (!force) refuseOthersFiles();
        lock = OutputLock.take(target, say);
        try {
            if (putBackAfterACrash()
                    | OutputChanges.finishLeftBehind(applying, target)
                    | lock.waited()
                    | !Arrays.equals(listSeen, SiteManifest.in(target))) {
                before = OutputContents.of(target);
                if (!force) refuseOthersFiles();
            }
            Files.createDirectory(staging);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Starts a new site for {@code output}, in a folder beside it, once no other build is writing there.
     *
     * @param force replace the output even when it holds files Haven did not write
     * @param say   where to tell the person why the build waits
     * @throws OutputRefusedException when the output holds files Haven did not write, without {@code force}
     */
    public static OutputWriter open(Path output, boolean force, Consumer<String> say) {
        try {
            return new OutputWriter(output, force, say);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts one file in the new site as soon as it is made; safe to call on several threads. A file
     * whose bytes the old site already holds is only noted.
     */
    public void place(String path, byte[] content) {
        inStaging.compute(path, (p, placedBefore) -> {
            try {
                Path next = staging.resolve(p);
                if (Boolean.TRUE.equals(placedBefore)) Files.delete(next);
                if (sameContent(p, content)) return false;
                Files.createDirectories(next.getParent());
                Files.write(next, content);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Once every file of {@code site} is placed, puts the new site in the output: in
     * place ({@link OutputChanges}) where the output is a folder, else by renaming the new site's
     * folder to it. When the output already holds exactly these files with these bytes, it is
     * left as it is.
     *
     * @return the number of files whose content changed
     */
    public int commit(SiteOutput site) {
        place(SiteManifest.FILE, SiteManifest.of(site.paths()));
        int changed =
                (int) inStaging.values().stream().filter(Boolean::booleanValue).count();
        try {
            if (changed == 0 && before.holdsOnly(inStaging.keySet())) {
                deleteTree(staging);
            } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                OutputChanges.commit(staging, applying, target, OutputChanges.deletions(before, inStaging.keySet()));
            } else {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS))
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /** Without a commit, removes the new site and puts the old one back if it was moved. */
    @Override
    public void close() {
        try (lock) {
            if (committed) return;
            deleteTree(staging);
            if (!Files.exists(target) && Files.exists(old)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A build that stopped between the two renames left the last site as {@code .NAME.haven-old}
     * and no output: rename it back. Staging folders of builds that stopped are removed (no build
     * is using them: this one holds the lock).
     *
     * @return whether the last site was put back
     */
    private boolean putBackAfterACrash() throws IOException {
        boolean putBack = !Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(old);
        if (putBack) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path left : siblings.filter(p -> p.getFileName().toString().startsWith(beside(".haven-new")))
                    .toList()) deleteTree(left);
        }
        return putBack;
    }

    private void refuseOthersFiles() {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(target)) {
            throw new OutputRefusedException(
                    "The output " + target + " is a file, not a folder, and a build would replace it with the site.\n"
                            + "Fix: give a folder with --output, or add --force to replace the file.");
        }
        List<String> others = SiteManifest.notWrittenByHaven(target, before);
        if (others.isEmpty()) return;
        String shown = String.join(", ", others.subList(0, Math.min(5, others.size())))
                + (others.size() > 5 ? " and " + (others.size() - 5) + " more" : "");
        throw new OutputRefusedException("The output folder " + target + " holds files Haven did not write (" + shown
                + "). A build replaces everything in its output folder, so they would be lost.\n"
                + "Fix: give an empty folder or one Haven built before, or move those files out. "
                + "Add --force only if they may be deleted.");
    }

    private String beside(String suffix) {
        return "." + target.getFileName() + suffix;
    }

    private boolean sameContent(String path, byte[] content) throws IOException {
        Long size = before.sizes().get(path);
        return size != null
                && size == content.length
                && Arrays.equals(Files.readAllBytes(target.resolve(path)), content);
    }

    /** Deletes the folder and all it holds: the files on every core, then the folders, deepest first. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> folders;
        try (Stream<Path> paths = Files.walk(folder)) {
            Map<Boolean, List<Path>> byKind = paths.collect(
                    Collectors.partitioningBy(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)));
            byKind.get(false).parallelStream().forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            folders = byKind.get(true);
        }
        for (Path empty : folders.stream().sorted(Comparator.reverseOrder()).toList()) Files.delete(empty);
    }
}
