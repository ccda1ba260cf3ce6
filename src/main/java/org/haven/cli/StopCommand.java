package org.haven.cli;

import java.util.concurrent.Callable;
import org.haven.daemon.DaemonClient;
import picocli.CommandLine.Command;

/** {@code haven stop}: stops the Havens kept running in the background after builds. */
@Command(
        name = "stop",
        description = "Stop the Haven that stays ready in the background after a build (it stops by itself "
                + "after an hour unused, or when Haven is updated).")
final class StopCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        int stopped = DaemonClient.usual().map(DaemonClient::stopAll).orElse(0);
        System.out.println(
                stopped == 0
                        ? "No Haven was running in the background."
                        : "Stopped " + Console.count(stopped, "Haven") + " running in the background.");
        return Main.DONE;
    }
}
