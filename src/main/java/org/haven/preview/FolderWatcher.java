package org.haven.preview;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Watches a site folder with the operating system's own file events, through
 * io.methvin:directory-watcher: FSEvents on macOS (where the JDK's watcher only polls, every
 * few seconds), a native watch of the whole tree on Windows, inotify on Linux. What is a change
 * of the site, and when to rebuild, is {@link SiteChanges}'s to say. A site folder made later
 * (a site's first templates/) is seen when it appears.
 */
final class FolderWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;
    private final SiteChanges changes;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread watching = new Thread(runnable, "haven-watch");
        watching.setDaemon(true);
        return watching;
    });

    FolderWatcher(Path siteRoot, List<String> siteFolders, Runnable onChange) {
        this(siteRoot, siteFolders, onChange, null);
    }

    /** @param watchService the file system's own watch service, or null for the operating system's native events */
    FolderWatcher(Path siteRoot, List<String> siteFolders, Runnable onChange, WatchService watchService) {
        this.changes = new SiteChanges(siteRoot, siteFolders, onChange);
        try {
            // Hashing each file would read the whole site before the first event and drop saves
            // that change nothing, which a person saving to see the page again expects to count.
            this.watcher = DirectoryWatcher.builder()
                    .path(siteRoot)
                    .listener(changes)
                    .fileTreeVisitor(changes)
                    .fileHashing(false)
                    .watchService(watchService)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Watching starts once every folder is registered; a failure to register ends it at once.
        CompletableFuture<Void> watching = watcher.watchAsync(thread);
        if (watching.isCompletedExceptionally()) {
            try {
                watching.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) throw cause;
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.shutdownNow();
        changes.close();
    }
}
