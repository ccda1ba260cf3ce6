package org.haven.bake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.haven.content.Page;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;

/**
 * The third phase, convert: a page's AsciiDoc to HTML with Asciidoctor, once. A previewing
 * converter keeps each page's conversion while its text, the files it includes and the site's
 * attributes stay the same, so a save converts only what it changed.
 * <p>
 * Pages are converted one after another on a thread of their own with a deep stack, each
 * within {@link #BUDGET}: a page Asciidoctor cannot finish (nested too deeply through the files it includes, or made to
 * run for minutes) is an error naming the page, never a hung build or a Java stack trace.
 */
final class PageConverter {
    /** Hundreds of times what a long page takes, even on a slow machine. */
    static final Duration BUDGET = Duration.ofSeconds(30);

    private static final long STACK_BYTES = 64L << 20;

    private final Path siteRoot;
    private final boolean keepConversions;
    private final Map<String, CachedConversion> conversions = new ConcurrentHashMap<>();
    private ExecutorService converting = newConvertingThread();

    /** A page's conversion, kept while its text, the files it includes and the site's attributes stay the same. */
    private record CachedConversion(
            String text,
            Map<String, Object> attributes,
            Map<String, String> includes,
            AsciidocEngine.Conversion conversion) {}

    PageConverter(Path siteRoot, boolean keepConversions) {
        this.siteRoot = siteRoot;
        this.keepConversions = keepConversions;
    }

    /**
     * Converts the pages one after another on the converting thread, handing each conversion
     * to {@code converted} as soon as it is made, and waits for the last. A page that takes
     * longer than {@link #BUDGET}, or exhausts the stack, stops the build with an error naming it.
     */
    void convertAll(
            List<Page> pages, Map<String, Object> attributes, BiConsumer<Page, AsciidocEngine.Conversion> converted) {
        AtomicReference<Page> current = new AtomicReference<>();
        AtomicLong startedAt = new AtomicLong(System.nanoTime());
        Future<?> all = converting.submit(() -> {
            for (Page page : pages) {
                current.set(page);
                startedAt.set(System.nanoTime());
                converted.accept(page, convert(page, attributes));
            }
        });
        while (true) {
            try {
                all.get(1, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() - startedAt.get() < BUDGET.toNanos()) continue;
                all.cancel(true);
                converting.shutdownNow();
                converting = newConvertingThread();
                throw cannotConvert(
                        current.get(),
                        "Asciidoctor took more than " + BUDGET.toSeconds()
                                + " seconds to read the page and was stopped.");
            } catch (ExecutionException e) {
                if (isStackExhausted(e.getCause())) {
                    throw cannotConvert(
                            current.get(),
                            "The page, with the files it includes, nests blocks or lists too deeply for Asciidoctor to read.");
                }
                if (e.getCause() instanceof RuntimeException cause) throw cause;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the build was interrupted", e);
            }
        }
    }

    private AsciidocEngine.Conversion convert(Page page, Map<String, Object> attributes) {
        Path file = siteRoot.resolve(page.source());
        String text = page.text().text();
        if (!keepConversions) return AsciidocEngine.convert(file, text, siteRoot, attributes);
        Optional<Map<String, String>> includes = IncludedFiles.of(file, text);
        CachedConversion cached = conversions.get(page.source());
        if (cached != null
                && cached.text().equals(text)
                && cached.attributes().equals(attributes)
                && includes.isPresent()
                && cached.includes().equals(includes.get())) {
            return cached.conversion();
        }
        AsciidocEngine.Conversion conversion = AsciidocEngine.convert(file, text, siteRoot, attributes);
        conversions.put(page.source(), new CachedConversion(text, attributes, includes.orElse(Map.of()), conversion));
        return conversion;
    }

    private static BuildFailedException cannotConvert(Page page, String why) {
        return new BuildFailedException(
                List.of(
                        Problem.error(
                                page.source(),
                                0,
                                why,
                                "Look for a block that is never closed (it ends with the same line that began it, such as ====), "
                                        + "lists nested many levels deep, or a file included inside itself; then save the page again.")));
    }

    private static boolean isStackExhausted(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError
                    || cause.getClass().getSimpleName().equals("SystemStackError")) return true;
        }
        return false;
    }

    private static ExecutorService newConvertingThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(null, task, "haven-convert", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }
}
