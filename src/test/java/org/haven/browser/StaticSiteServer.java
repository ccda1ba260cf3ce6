package org.haven.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder on 127.0.0.1 the way a plain static host does: {@code /x/} answers
 * {@code x/index.html}, {@code /x} redirects to {@code /x/} when {@code x} is a folder, and anything
 * missing answers {@code /404.html} with status 404. It remembers every request, so a test can name
 * what the browser asked for. Served under a path ({@link #serveUnder}), as GitHub Pages serves a
 * project's site, it answers a bare 404 for anything outside that path.
 */
final class StaticSiteServer implements AutoCloseable {
    /** One request as the server saw it. */
    record Request(String path, int status, String referer) {}

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Path root;
    /** The path the site is served under: empty, or {@code /site}. */
    private final String prefix;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(6);
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, String> extraPages = new ConcurrentHashMap<>();

    private StaticSiteServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    static StaticSiteServer serve(Path folder) {
        return serveUnder(folder, "");
    }

    /** Serves {@code folder} at {@code prefix} ({@code /site}): {@code /site/about/} answers {@code about/index.html}. */
    static StaticSiteServer serveUnder(Path folder, String prefix) {
        try {
            return new StaticSiteServer(folder, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String sitePath) {
        return origin() + sitePath;
    }

    /** Adds an HTML page at a path that is not part of the built site (an exit page, say). */
    StaticSiteServer withPage(String path, String html) {
        extraPages.put(path, html);
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void forgetRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            String referer = exchange.getRequestHeaders().getFirst("Referer");
            int status = respond(exchange, path);
            synchronized (requests) {
                requests.add(new Request(path, status, referer));
            }
        }
    }

    private int respond(HttpExchange exchange, String path) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")
                && !exchange.getRequestMethod().equals("HEAD")) {
            return send(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
        }
        if (extraPages.containsKey(path)) {
            return send(exchange, 200, TYPES.get("html"), extraPages.get(path).getBytes(StandardCharsets.UTF_8));
        }
        if (!path.startsWith(prefix + "/")) {
            return send(exchange, 404, "text/plain", "Not part of the site".getBytes(StandardCharsets.UTF_8));
        }
        Path file = root.resolve(path.substring(prefix.length() + 1)).normalize();
        if (!file.startsWith(root)) return notFound(exchange);
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().add("Location", path + "/");
                return send(exchange, 301, "text/plain", new byte[0]);
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) return notFound(exchange);
        return send(exchange, 200, typeOf(file), Files.readAllBytes(file));
    }

    private int notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body =
                Files.isRegularFile(page) ? Files.readAllBytes(page) : "Not found".getBytes(StandardCharsets.UTF_8);
        return send(exchange, 404, TYPES.get("html"), body);
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? "application/octet-stream"
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(), "application/octet-stream");
    }

    private static int send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
