package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haven.support.BuiltSite;
import org.haven.support.ExampleSite;
import org.haven.support.Folders;
import org.jsoup.nodes.Document;

/**
 * The sites the browser tests open, each built once per test run and served on 127.0.0.1:
 * the example site ({@code examples/stockport}) and the second partnership under
 * {@code src/test/resources/sites/riverside}.
 */
final class BrowserSites {
    /** The sites every browser test runs against, by the name a failure message uses. */
    static final List<String> NAMES = List.of("example", "riverside");

    /** A built site with its own server. */
    record Served(String name, BuiltSite site, StaticSiteServer server) {
        List<String> pages() {
            return site.pages();
        }

        String url(String page) {
            return server.url(page);
        }

        /** One page of each template (by the body's {@code haven-page--TYPE} class), and the 404 page. */
        List<String> onePageOfEachTemplate() {
            Map<String, String> byType = new LinkedHashMap<>();
            for (String page : pages()) {
                Document html = site.page(page);
                String type = html.body().classNames().stream()
                        .filter(c -> c.startsWith("haven-page--"))
                        .findFirst()
                        .orElse(page);
                byType.putIfAbsent(type, page);
            }
            return List.copyOf(byType.values());
        }
    }

    private static final Map<String, Served> SITES = new ConcurrentHashMap<>();

    static Served get(String name) {
        return SITES.computeIfAbsent(name, BrowserSites::buildAndServe);
    }

    /**
     * A copy of a site whose {@code exit-url} is {@code exitUrl} (a page of another local server, so
     * leaving stays on this machine), built and served under the name {@code NAME-local-exit}.
     */
    static Served withExitAt(String name, String exitUrl) {
        BuiltSite site = copyWith(name, name + "-local-exit", "exit-url", exitUrl);
        StaticSiteServer server = StaticSiteServer.serve(site.folder());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return new Served(name, site, server);
    }

    /**
     * A copy of a site with one setting of its {@code site.yaml} changed ({@code key: value}), built
     * into {@code target/browser-sites/LABEL}.
     */
    static BuiltSite copyWith(String name, String label, String key, String value) {
        try {
            Path source = Files.createTempDirectory("haven-" + label + "-");
            for (String folder : List.of("content", "data", "assets", "templates")) {
                if (Files.isDirectory(source(name).resolve(folder)))
                    Folders.copyTree(source(name).resolve(folder), source.resolve(folder));
            }
            Path yaml = source.resolve("data/site.yaml");
            String text = Files.readString(yaml);
            String changed = text.replaceFirst(
                    "(?m)^" + Pattern.quote(key) + ":.*$", Matcher.quoteReplacement(key + ": " + value));
            if (changed.equals(text))
                throw new IllegalStateException(name + "'s site.yaml has no " + key + " to change");
            Files.writeString(yaml, changed);
            Path output = Path.of("target", "browser-sites", label).toAbsolutePath();
            deleteTree(output);
            BuiltSite site = BuiltSite.build(source, output);
            deleteTree(source);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path source(String name) {
        return switch (name) {
            case "example" -> ExampleSite.ROOT;
            case "riverside" -> Path.of("src/test/resources/sites/riverside").toAbsolutePath();
            case "allowed-html" -> Path.of("src/test/resources/sites/allowed-html")
                    .toAbsolutePath();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Served buildAndServe(String name) {
        Path output = Path.of("target", "browser-sites", name).toAbsolutePath();
        deleteTree(output);
        BuiltSite site = BuiltSite.build(source(name), output);
        StaticSiteServer server = StaticSiteServer.serve(output);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return new Served(name, site, server);
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BrowserSites() {}
}
