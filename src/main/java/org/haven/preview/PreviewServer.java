package org.haven.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.haven.bake.BuildCache;
import org.haven.bake.BuildOptions;
import org.haven.bake.BuildProgress;
import org.haven.bake.BuildResult;
import org.haven.bake.SiteBuilder;
import org.haven.bake.SiteOutput;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import org.haven.report.ContentReport;
import org.haven.report.HtmlReport;
import org.haven.theme.ThemeException;

/**
 * Serves the site from memory on 127.0.0.1, to this machine only ({@link LocalRequests}), and rebuilds it when a file under content/,
 * data/, templates/ or assets/ changes. A failed rebuild shows its problems in the browser
 * instead of the site, until the next save fixes them.
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"));

    private final Path siteRoot;
    private final SiteBuilder builder;
    private final HttpServer server;
    private final ReloadChannel reloads = new ReloadChannel();
    private final FolderWatcher watcher;
    private final Consumer<String> log;
    private final DroppedWordDocuments wordDocuments;
    private volatile SiteOutput site = new SiteOutput();
    private volatile byte[] report = new byte[0];
    private volatile List<Problem> failure = List.of();
    private volatile long builds;

    public PreviewServer(Path siteRoot, int port, Consumer<String> log) throws IOException {
        this(siteRoot, port, log, BuildCache.none());
    }

    /** @param cache what earlier builds made, to start from */
    public PreviewServer(Path siteRoot, int port, Consumer<String> log, BuildCache cache) throws IOException {
        this.log = log;
        this.siteRoot = siteRoot;
        this.builder = new SiteBuilder(siteRoot, BuildOptions.previewing(), cache, BuildProgress.silent());
        this.wordDocuments = new DroppedWordDocuments(siteRoot, log);
        rebuild();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "haven-preview");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
        this.watcher = new FolderWatcher(siteRoot, List.of("content", "data", "templates", "assets"), this::rebuild);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Builds again; on success the new site is served and open pages reload. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            wordDocuments.importNew();
            BuildResult result = builder.build();
            site = result.output();
            report = HtmlReport.of(ContentReport.of(result, siteRoot, java.time.LocalDate.now()))
                    .getBytes(StandardCharsets.UTF_8);
            failure = List.of();
            log.accept("Rebuilt " + result.output().pageCount() + " pages in " + (System.nanoTime() - start) / 1_000_000
                    + " ms"
                    + (result.warnings().isEmpty()
                            ? ""
                            : ", " + result.warnings().size() + " warnings"));
        } catch (BuildFailedException e) {
            failure = e.problems();
            log.accept("The site has errors; the browser shows them:");
            e.problems().forEach(p -> log.accept(p.describe()));
        } catch (ThemeException e) {
            failure = List.of(Problem.error("templates", 0, e.getMessage(), "Correct the template and save it again."));
            log.accept(e.getMessage());
        } catch (UncheckedIOException e) {
            failure = List.of(Problem.error(
                    "(site folder)",
                    0,
                    "A file could not be read: " + e.getCause().getMessage(),
                    "Save the file again."));
        }
        builds++;
        reloads.reload(builds);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int refusal = LocalRequests.refusal(exchange, port());
        if (refusal != 0) {
            try (exchange) {
                if (refusal == 405) exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(
                        exchange,
                        refusal,
                        "txt",
                        ("Haven's preview answers only GET and HEAD requests to 127.0.0.1:" + port() + " or localhost:"
                                        + port() + ".")
                                .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.equals("/_haven/events")) {
            reloads.listen(exchange);
            return;
        }
        try (exchange) {
            if (path.equals("/_haven/reload.js")) {
                send(exchange, 200, "js", ReloadChannel.SCRIPT.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/_haven/report") && failure.isEmpty()) {
                send(exchange, 200, "html", report);
            } else if (path.equals("/_haven/status")) {
                send(
                        exchange,
                        200,
                        "json",
                        ("{\"builds\":" + builds + ",\"ok\":" + failure.isEmpty() + "}")
                                .getBytes(StandardCharsets.UTF_8));
            } else if (!failure.isEmpty()) {
                send(exchange, 500, "html", ProblemsPage.html(failure));
            } else {
                serveSite(exchange, path);
            }
        }
    }

    private void serveSite(HttpExchange exchange, String path) throws IOException {
        byte[] body = site.at(path);
        if (body != null && !path.endsWith("/") && site.files().containsKey(SiteOutput.fileFor(path + "/"))) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "txt", new byte[0]);
        } else if (body != null) {
            send(exchange, 200, extension(SiteOutput.fileFor(path)), body);
        } else {
            byte[] notFound = site.at("/404.html");
            send(exchange, 404, "html", notFound == null ? "Not found".getBytes(StandardCharsets.UTF_8) : notFound);
        }
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD") || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.stop(0);
    }
}
