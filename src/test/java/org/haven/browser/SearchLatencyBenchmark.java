package org.haven.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.support.ExampleSite;
import org.haven.support.HavenRun;

/**
 * Benchmark, not a test: how long after the search index arrives the first results are shown,
 * in headless Chromium, on the example site. Opens /search/?q=QUERY in a fresh page for each
 * query and run, and reads the search script's User Timing marks
 * ({@code haven-search-index-arrived}, {@code haven-search-first-results}). Prints the median.
 *
 * <p>Run by {@code bench/search/run}; arguments: the site's source folder (or a site already built,
 * a folder holding {@code search/index.json}, served as it is), the number of runs, and how many
 * times slower than this machine the CPU is made (Chromium's CPU throttling; 4 for a phone-class
 * CPU; 1, the default, for none), then the queries, separated by commas, if not the example site's.
 */
public final class SearchLatencyBenchmark {
    private static final List<String> QUERIES =
            List.of("worried about a child", "level 3", "Child E", "cse", "safe sleep");

    private SearchLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path source = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : ExampleSite.ROOT;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double slowdown = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        List<String> queries = args.length > 3 ? List.of(args[3].split(",")) : QUERIES;
        Path site = Files.exists(source.resolve("search/index.json")) ? source : built(source);
        List<Double> millis = new ArrayList<>();
        try (StaticSiteServer server = StaticSiteServer.serve(site);
                Chromium chromium = Chromium.withJavaScript()) {
            chromium.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", slowdown));
            for (int run = 0; run < runs; run++) {
                for (String query : queries) {
                    chromium.driver().get("about:blank");
                    chromium.open(server.url("/search/?q=" + query.replace(" ", "+")));
                    Object measured = chromium.driver()
                            .executeAsyncScript(
                                    """
                            var done = arguments[arguments.length - 1], started = Date.now();
                            (function wait() {
                              var arrived = performance.getEntriesByName('haven-search-index-arrived')[0];
                              var shown = performance.getEntriesByName('haven-search-first-results')[0];
                              if (arrived && shown) return done(shown.startTime - arrived.startTime);
                              if (Date.now() - started > 20000) return done(-1);
                              setTimeout(wait, 10);
                            })();""");
                    double ms = ((Number) measured).doubleValue();
                    if (ms < 0) throw new IllegalStateException("no results shown for '" + query + "'");
                    millis.add(ms);
                }
            }
        }
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "first results after the index arrived, headless Chromium, CPU %.0fx slower, %d loads: median %.1f ms, max %.1f ms%n",
                slowdown,
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }

    private static Path built(Path source) throws Exception {
        Path output = Files.createTempDirectory("haven-search-latency-");
        HavenRun build = HavenRun.of("build", "--source", source.toString(), "--output", output.toString());
        if (build.exitCode() != 0) throw new IllegalStateException(build.all());
        return output;
    }
}
