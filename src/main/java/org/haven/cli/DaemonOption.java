package org.haven.cli;

import org.haven.daemon.DaemonUse;
import picocli.CommandLine.Option;

/**
 * {@code --no-daemon}, shared by the commands a background Haven may run. {@link Main} reads it
 * from the command line before the command is parsed, to decide where the command runs; it is
 * declared here so that the help lists it and the command accepts it.
 */
final class DaemonOption {
    @Option(
            names = DaemonUse.NO_DAEMON,
            description = "Run in this process only, and leave no Haven running in the background. By default, "
                    + "after a build Haven stays ready in the background for an hour, so that the next build in "
                    + "this folder skips starting up (never in CI; HAVEN_DAEMON=off has the same effect; "
                    + "'haven stop' stops it).")
    private boolean none;
}
