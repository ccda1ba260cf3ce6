package org.haven.cli;

import org.haven.preview.PreviewServer;

import java.io.IOException;
import java.net.BindException;

/** {@code haven serve}: the preview, until Ctrl+C. */
final class ServeCommand {
    private final Arguments arguments;

    ServeCommand(Arguments arguments) {
        this.arguments = arguments;
        arguments.allowOnly("source", "port");
    }

    int run() {
        int port;
        try {
            port = Integer.parseInt(arguments.option("port", "8820"));
        } catch (NumberFormatException e) {
            throw new UsageException("--port takes a number, e.g. --port 8820.");
        }
        try {
            PreviewServer server = new PreviewServer(SiteFolder.check(arguments.source()), port, System.out::println);
            System.out.println("Previewing at http://127.0.0.1:" + server.port() + "/ (drafts shown). Press Ctrl+C to stop.");
            Thread.currentThread().join();
            return 0;
        } catch (BindException e) {
            throw new UsageException("Port " + port + " is in use. Stop the other program or choose another with --port.");
        } catch (IOException e) {
            throw new UsageException("The preview could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
