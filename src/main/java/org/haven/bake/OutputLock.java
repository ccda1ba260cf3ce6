package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One build at a time into an output folder. A second build waits for the first rather than
 * refusing: it started later, so it has the newer content, and it publishes after the first
 * instead of being lost. The lock is the operating system's on {@code .NAME.haven-lock} beside
 * the folder, so a build that crashes or is killed releases it with its process. The file
 * itself stays: deleting it could let two builds lock two different files.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final boolean waited;

    private OutputLock(FileChannel channel, boolean waited) {
        this.channel = channel;
        this.waited = waited;
    }

    static OutputLock take(Path target, Consumer<String> say) {
        Path file = target.resolveSibling("." + target.getFileName() + ".haven-lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                say.accept("Another haven build is writing to " + target + "; waiting for it to finish…");
                channel.lock();
            }
            return new OutputLock(channel, lock == null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        }
    }

    /** Whether another build held the lock first, and may have changed the output since this one looked. */
    boolean waited() {
        return waited;
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock; a channel that cannot close is released when the process ends.
        }
    }
}
