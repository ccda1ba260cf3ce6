package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The floor: one AsciidoctorJ instance converting every page of a site's content/ folder
 * to HTML in memory, and nothing else (no templates, no files written).
 *
 * Usage: Floor CONTENT_DIR [--threads N] [--runtimes R] [--attributes FILE] [--timings FILE]
 * With several threads, each takes the next page when it finishes its last; thread i converts
 * with instance i % R, each instance (a JRuby runtime of its own) started on a thread of its own
 * at once, as Haven starts them.
 * The attributes file holds name=value lines (the site's contact attributes), so the
 * floor resolves the same {contact-...} references Haven does.
 * Timings (boot ms, convert ms, pages, bytes) go to the timings file, one key=value a line.
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path content = Path.of(args[0]);
        int threads = 1;
        int runtimes = 1;
        Path attributesFile = null;
        Path timings = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--runtimes" -> runtimes = Integer.parseInt(args[++i]);
                case "--attributes" -> attributesFile = Path.of(args[++i]);
                case "--timings" -> timings = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(content)) {
            pages = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        AttributesBuilder attrs = Attributes.builder();
        if (attributesFile != null) {
            for (String line : Files.readAllLines(attributesFile, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) attrs.attribute(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .standalone(false)
                .attributes(attrs.attribute("relfilesuffix", "/").build())
                .build();

        AtomicLong bytes = new AtomicLong();
        List<Asciidoctor> instances = started(runtimes);
        long booted = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> converting = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Asciidoctor asciidoctor = instances.get(t % runtimes);
            converting.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement())
                    bytes.addAndGet(convert(asciidoctor, pages.get(i), options));
            }));
        }
        for (Future<?> thread : converting) thread.get();
        pool.shutdown();
        long done = System.nanoTime();
        instances.forEach(Asciidoctor::shutdown);

        String report = "boot_ms=" + (booted - start) / 1_000_000 + "\n"
                + "convert_ms=" + (done - booted) / 1_000_000 + "\n"
                + "pages=" + pages.size() + "\n"
                + "html_bytes=" + bytes.get() + "\n";
        if (timings != null) Files.writeString(timings, report);
        System.out.print(report);
    }

    /** {@code runtimes} instances, each started on its own thread and warmed by one conversion (which finishes loading the Ruby side). */
    private static List<Asciidoctor> started(int runtimes) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(runtimes);
        List<Future<Asciidoctor>> instances = new ArrayList<>();
        for (int r = 0; r < runtimes; r++) {
            instances.add(starting.submit(() -> {
                Asciidoctor asciidoctor = Asciidoctor.Factory.create();
                asciidoctor.convert("= Boot\n\nwarm *up*", Options.builder().build());
                return asciidoctor;
            }));
        }
        List<Asciidoctor> started = new ArrayList<>();
        for (Future<Asciidoctor> instance : instances) started.add(instance.get());
        starting.shutdown();
        return started;
    }

    private static long convert(Asciidoctor asciidoctor, Path page, Options options) {
        try {
            String html = asciidoctor.convert(Files.readString(page, StandardCharsets.UTF_8), options);
            return html.length();
        } catch (IOException e) {
            throw new RuntimeException(page + ": " + e.getMessage(), e);
        }
    }
}
