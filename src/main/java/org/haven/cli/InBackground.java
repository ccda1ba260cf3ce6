package org.haven.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.haven.bake.AsciidocEngine;
import org.haven.bake.OutputWriter;
import org.haven.daemon.Commands;
import org.haven.daemon.DaemonKey;
import org.haven.daemon.DaemonServer;

/** The main class of a background Haven ({@link org.haven.daemon}): serves its key until no longer needed. */
public final class InBackground implements Commands {
    /** As a shell reports a command ended by Ctrl-C. */
    private static final int STOPPED_MIDWAY = 130;

    /** The command line of the build that started this Haven. */
    private final List<String> startedBy;

    private InBackground(List<String> startedBy) {
        this.startedBy = startedBy;
    }

    /** Arguments: the key to serve, then the command line of the build that started it. */
    public static void main(String[] args) throws Exception {
        List<String> startedBy = List.of(args).subList(1, args.length);
        DaemonServer.serve(new DaemonKey(args[0]), new InBackground(startedBy));
        System.exit(Main.DONE);
    }

    @Override
    public int run(List<String> args, boolean terminal) {
        return Main.run(args, terminal);
    }

    @Override
    public void stopNow() {
        System.exit(STOPPED_MIDWAY);
    }

    @Override
    public void warmUp(BooleanSupplier asked) {
        AsciidocEngine.warmUp();
        try {
            long start = System.nanoTime();
            int conversions = Rehearsal.practiseConverting(asked);
            rehearsed("converting a page " + conversions + " times", start);
            if (asked.getAsBoolean()) return;
            Path scratch = Files.createTempDirectory("haven-rehearsal-");
            try {
                Rehearsal.of(startedBy, scratch).ifPresent(this::rehearse);
            } finally {
                OutputWriter.deleteTree(scratch);
            }
        } catch (IOException | RuntimeException e) {
            // Unrehearsed, the first build asked for is slower, and as right.
            System.err.println("haven: the background Haven could not rehearse the build: " + e);
        }
    }

    private void rehearse(Rehearsal rehearsal) {
        long start = System.nanoTime();
        int code = rehearsal.runQuietly();
        rehearsed(String.join(" ", rehearsal.args()) + " (exit " + code + ")", start);
    }

    /** Says in this Haven's log what it rehearsed and how long that took. */
    private static void rehearsed(String what, long start) {
        System.err.printf(
                Locale.ROOT, "%s rehearsed: %s, %.1f s%n", Instant.now(), what, (System.nanoTime() - start) / 1e9);
    }
}
