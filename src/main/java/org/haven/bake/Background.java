package org.haven.bake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work a build starts on a thread of its own, and what it made, or threw, once it is needed. */
final class Background {
    private Background() {}

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    static <T> CompletableFuture<T> onItsOwnThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What {@code future} made, waiting for it; what it threw is thrown as it was, not wrapped. */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }
}
