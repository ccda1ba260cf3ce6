package org.haven.daemon;

import java.util.List;
import java.util.function.BooleanSupplier;

/** Haven's commands, as a background Haven runs them. */
public interface Commands {
    /** Runs a command line, printing on {@code System.out} and {@code System.err}; its exit code. */
    int run(List<String> args, boolean terminal);

    /**
     * Starts what every build needs, so that the first one asked for does not wait for it. While
     * it runs, {@code asked} says whether a command is already waiting, and warming up then stops
     * at its next step: the command is better served now than after a rehearsal.
     */
    void warmUp(BooleanSupplier asked);

    /** Ends this process at once, in the middle of whatever it runs, as Ctrl-C ends a command's own process. */
    void stopNow();
}
