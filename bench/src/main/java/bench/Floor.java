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
 * Usage: Floor CONTENT_DIR [--threads N] [--attributes FILE] [--timings FILE]
 * The attributes file holds name=value lines (the site's contact attributes), so the
 * floor resolves the same {contact-...} references Haven does.
 * Timings (boot ms, convert ms, pages, bytes) go to the timings file, one key=value a line.
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path content = Path.of(args[0]);
        int threads = 1;
        Path attributesFile = null;
        Path timings = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
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
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.convert("= Boot\n\nwarm *up*", Options.builder().build()); // finish loading the Ruby side
        long booted = System.nanoTime();
        if (threads <= 1) {
            for (Path page : pages) bytes.addAndGet(convert(asciidoctor, page, options));
        } else {
            // All cores: one shared instance, a thread per core (measured faster here than an
            // instance per thread, which boots JRuby twice and splits the JIT's work).
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (Path page : pages)
                futures.add(pool.submit(() -> bytes.addAndGet(convert(asciidoctor, page, options))));
            for (Future<?> f : futures) f.get();
            pool.shutdown();
        }
        long done = System.nanoTime();
        asciidoctor.shutdown();

        String report = "boot_ms=" + (booted - start) / 1_000_000 + "\n"
                + "convert_ms=" + (done - booted) / 1_000_000 + "\n"
                + "pages=" + pages.size() + "\n"
                + "html_bytes=" + bytes.get() + "\n";
        if (timings != null) Files.writeString(timings, report);
        System.out.print(report);
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
