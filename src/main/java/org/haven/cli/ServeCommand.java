package org.haven.cli;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import org.haven.bake.AsciidocEngine;
import org.haven.bake.BuildCache;
import org.haven.preview.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code haven serve}: the preview, until Ctrl+C. */
@Command(
        name = "serve",
        description = {
            "Preview the site at http://127.0.0.1:PORT/, drafts included, rebuilding as soon as you save a file in "
                    + "content/, data/, templates/ or assets/.",
            "What needs attention (what is still to write, reading grades, warnings) is at "
                    + "http://127.0.0.1:PORT/_haven/report."
        })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    private SiteOption site;

    @Mixin
    private CacheOption cache;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8820",
            description = "The port to preview on. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Override
    public Integer call() {
        try {
            BuildCache kept = cache.cache(site.folder());
            PreviewServer server = new PreviewServer(site.folder(), port, System.out::println, kept);
            CacheOption.sayIfNothingKept(kept);
            // The first build may have taken every page from the cache; the first save should not wait for JRuby.
            AsciidocEngine.warmUp();
            System.out.println(
                    "Previewing at http://127.0.0.1:" + server.port() + "/ (drafts shown). Press Ctrl+C to stop.");
            Thread.currentThread().join();
            return 0;
        } catch (BindException e) {
            throw new UsageException(
                    "Port " + port + " is in use. Stop the other program or choose another with --port.");
        } catch (IOException e) {
            throw new UsageException("The preview could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
