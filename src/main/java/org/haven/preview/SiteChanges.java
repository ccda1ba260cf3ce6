package org.haven.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns file events in a site folder into rebuilds: a change inside one of the site's own folders
 * (content/, data/, templates/, assets/) asks for one, anything beside them (target/, .git/, a
 * README) does not, and each burst of changes (an editor's save-as-rename-and-delete, a folder
 * made and a page written in it) gives one rebuild, once no change has come for {@link #SETTLE}.
 * Folders are compared as the site's file system compares names, so {@code Content} is
 * {@code content} on Windows and macOS.
 */
final class SiteChanges implements DirectoryChangeListener, FileTreeVisitor, AutoCloseable {
    static final Duration SETTLE = Duration.ofMillis(50);

    private final Path siteRoot;
    private final List<Path> siteFolders;
    private final Runnable rebuild;
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread rebuilding = new Thread(runnable, "haven-rebuild");
        rebuilding.setDaemon(true);
        return rebuilding;
    });
    private ScheduledFuture<?> waiting;

    SiteChanges(Path siteRoot, List<String> siteFolders, Runnable rebuild) {
        this.siteRoot = siteRoot.toAbsolutePath();
        this.siteFolders = siteFolders.stream().map(this.siteRoot::resolve).toList();
        this.rebuild = rebuild;
    }

    /** Whether a change to this path changes the site; an event without a path (events were lost) does. */
    boolean concernsTheSite(Path path) {
        return path == null || siteFolders.stream().anyMatch(path::startsWith);
    }

    /** A change of the site puts off the rebuild it asks for until the changes settle. */
    @Override
    public synchronized void onEvent(DirectoryChangeEvent event) {
        if (!concernsTheSite(event.path())) return;
        if (waiting != null) waiting.cancel(false);
        waiting = rebuilds.schedule(rebuild, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The watcher's walk of a folder (to watch it, and to report what a new folder holds), kept
     * to the site's own folders, so a large target/ or .git/ is never walked or watched.
     */
    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(siteRoot) && !concernsTheSite(folder)) return FileVisitResult.SKIP_SUBTREE;
                onDirectory.call(folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (concernsTheSite(file)) onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        rebuilds.shutdownNow();
    }
}
