package org.haven.cli;

import java.util.List;
import org.haven.bake.AsciidocEngine;
import org.haven.daemon.Commands;
import org.haven.daemon.DaemonKey;
import org.haven.daemon.DaemonServer;

/** The main class of a background Haven ({@link org.haven.daemon}): serves its key until no longer needed. */
public final class InBackground implements Commands {
    /** As a shell reports a command ended by Ctrl-C. */
    private static final int STOPPED_MIDWAY = 130;

    private InBackground() {}

    public static void main(String[] args) throws Exception {
        DaemonServer.serve(new DaemonKey(args[0]), new InBackground());
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
    public void warmUp() {
        AsciidocEngine.warmUp();
    }
}
