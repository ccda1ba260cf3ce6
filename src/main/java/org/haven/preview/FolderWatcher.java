package org.haven.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders made inside them later) and calls back once for each
 * burst of changes, so an editor's save-as-rename-and-delete gives one rebuild. A folder that
 * does not exist yet (a site's first {@code templates/}) is watched for from its parent.
 */
final class FolderWatcher implements AutoCloseable {
    private static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final Runnable onChange;
    private final Set<Path> awaited = ConcurrentHashMap.newKeySet();
    private final Set<Path> parentsOfAwaited = ConcurrentHashMap.newKeySet();

    FolderWatcher(List<Path> folders, Runnable onChange) {
        this.onChange = onChange;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    registerTree(folder);
                } else {
                    awaited.add(folder);
                    if (parentsOfAwaited.add(folder.getParent()))
                        folder.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(this::loop, "haven-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) changed |= drain(more);
                if (changed) onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether anything of the site changed (not just some other file beside its folders) */
    private boolean drain(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean changed = false;
        for (var event : key.pollEvents()) {
            Path path = event.context() instanceof Path name ? folder.resolve(name) : folder;
            boolean besideTheSite = parentsOfAwaited.contains(folder) && !awaited.contains(path);
            changed |= !besideTheSite;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && !besideTheSite && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException ignored) {
                    // it may already be gone again
                }
            }
        }
        key.reset();
        return changed;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
