package org.haven.bake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.haven.content.Page;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;

/**
 * The third phase, convert: a page's AsciiDoc to HTML with Asciidoctor, once. A conversion is
 * reused from the {@link BuildCache} while its key (its text, the files it includes, the site's
 * attributes, Haven's code) stays the same; a previewing converter also keeps each page's last
 * conversion in memory, so a save converts only what it changed.
 * <p>
 * Pages are converted on threads of their own with a deep stack ({@link Converting}: how many,
 * and how many JRuby runtimes they share, follows the cores), each page within {@link #BUDGET}: a page Asciidoctor cannot finish (nested too deeply through the files it includes, or made to
 * run for minutes) is an error naming the page, never a hung build or a Java stack trace.
 */
final class PageConverter {
    /** Hundreds of times what a long page takes, even on a slow machine. */
    static final Duration BUDGET = Duration.ofSeconds(30);

    private static final long STACK_BYTES = 64L << 20;

    private final Path siteRoot;
    private final boolean keepConversions;
    private final ConversionCache cache;
    /** In preview, each page's last conversion by its source file, reused while its key stays the same. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private final Converting converting;

    private record Kept(CacheKey key, AsciidocEngine.Conversion conversion) {}

    /**
     * A page's conversion and its key in the cache, if it can have one.
     *
     * @param reused found in the cache or kept by the preview, and handed on from the thread that looked it up
     */
    record Converted(AsciidocEngine.Conversion conversion, Optional<CacheKey> key, boolean reused) {}

    /** A page, the key of its conversion (none when it cannot have one) and whether a conversion is kept under it. */
    private record Lookup(Page page, Optional<CacheKey> key, boolean cached) {}

    PageConverter(Path siteRoot, boolean keepConversions, BuildCache cache) {
        this(siteRoot, keepConversions, cache, Converting.here());
    }

    PageConverter(Path siteRoot, boolean keepConversions, BuildCache cache, Converting converting) {
        this.siteRoot = siteRoot;
        this.converting = converting;
        this.keepConversions = keepConversions;
        this.cache = new ConversionCache(cache, siteRoot);
    }

    /** Starts as many JRuby runtimes as the converting threads use, for a build that will convert every page. */
    void startAsciidoctor() {
        AsciidocEngine.warmUp(converting.runtimes());
    }

    /**
     * Hands each page's conversion to {@code converted}. First each page's key is looked up, and
     * Asciidoctor starts at the first page found missing; the pages that must be converted then
     * go to the converting threads while the pages found in the cache are handed on, on the threads
     * that read them, so that a one-page edit's conversion does not wait for every other page to
     * be finished. A cached entry that cannot be trusted is converted after the others. Returns
     * once the last is handed on. A page that takes longer than {@link #BUDGET}, or exhausts the
     * stack, stops the build with an error naming it.
     */
    void convertAll(
            List<Page> pages,
            Map<String, Object> attributes,
            Set<String> referable,
            BuildProgress progress,
            BiConsumer<Page, Converted> converted) {
        List<Lookup> lookups = pages.parallelStream()
                .map(page -> lookUp(page, attributes, referable))
                .toList();
        List<Lookup> missing =
                lookups.stream().filter(lookup -> !lookup.cached()).toList();
        progress.converting(missing.size(), pages.size());
        List<Lookup> untrusted;
        try (ConvertingRun run = startConverting(missing, attributes, progress, converted)) {
            untrusted = lookups.parallelStream()
                    .filter(Lookup::cached)
                    .filter(lookup -> !handOnCached(lookup, converted))
                    .toList();
            run.waitForTheLast();
        }
        if (untrusted.isEmpty()) return;
        progress.alsoConverting(untrusted.size());
        try (ConvertingRun run = startConverting(untrusted, attributes, progress, converted)) {
            run.waitForTheLast();
        }
    }

    /** Hands on the conversion the cache holds for the page; false when it could not be trusted after all. */
    private boolean handOnCached(Lookup lookup, BiConsumer<Page, Converted> converted) {
        Optional<AsciidocEngine.Conversion> found = lookup.key().flatMap(key -> reuse(lookup.page(), key));
        found.ifPresent(conversion -> converted.accept(lookup.page(), new Converted(conversion, lookup.key(), true)));
        return found.isPresent();
    }

    /** Starts converting {@code toConvert} on converting threads of its own, starting Asciidoctor if it is not. */
    private ConvertingRun startConverting(
            List<Lookup> toConvert,
            Map<String, Object> attributes,
            BuildProgress progress,
            BiConsumer<Page, Converted> converted) {
        Converting threads = converting.atMost(toConvert.size());
        if (!toConvert.isEmpty()) AsciidocEngine.warmUp(threads.runtimes());
        return new ConvertingRun(toConvert, threads, (thread, lookup) -> {
            converted.accept(
                    lookup.page(),
                    new Converted(convert(lookup, attributes, thread % threads.runtimes()), lookup.key(), false));
            progress.converted();
        });
    }

    /**
     * The pages that must be converted, taken in order by the converting threads as each finishes
     * its last, and the page each thread is on and since when. Closing it lets its threads go.
     */
    private static final class ConvertingRun implements AutoCloseable {
        private final List<Lookup> toConvert;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReferenceArray<OnPage> onPage;
        private final ExecutorService pool;
        private final CompletableFuture<Void> all;

        private record OnPage(Page page, long startedAt) {}

        /** Starts {@code threads.threads()} threads, each converting the next page with {@code convert}, given its number. */
        ConvertingRun(List<Lookup> toConvert, Converting threads, BiConsumer<Integer, Lookup> convert) {
            this.toConvert = toConvert;
            this.onPage = new AtomicReferenceArray<>(threads.threads());
            this.pool = toConvert.isEmpty() ? null : newConvertingThreads(threads.threads());
            this.all = toConvert.isEmpty()
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.allOf(IntStream.range(0, threads.threads())
                            .mapToObj(thread -> CompletableFuture.runAsync(
                                    () -> convertOnThread(thread, lookup -> convert.accept(thread, lookup)), pool))
                            .toArray(CompletableFuture[]::new));
        }

        private void convertOnThread(int thread, Consumer<Lookup> convert) {
            for (int i = next.getAndIncrement(); i < toConvert.size(); i = next.getAndIncrement()) {
                Lookup lookup = toConvert.get(i);
                onPage.set(thread, new OnPage(lookup.page(), System.nanoTime()));
                try {
                    convert.accept(lookup);
                } catch (RuntimeException | Error e) {
                    next.set(toConvert.size());
                    if (isStackExhausted(e))
                        throw cannotConvert(
                                lookup.page(),
                                "The page, with the files it includes, nests blocks or lists too deeply for Asciidoctor to read.");
                    throw e;
                }
                onPage.set(thread, null);
            }
        }

        /** Returns once every page is converted and handed on, or throws the first failure. */
        void waitForTheLast() {
            while (true) {
                try {
                    all.get(1, TimeUnit.SECONDS);
                    return;
                } catch (TimeoutException e) {
                    Optional<Page> overrun = overBudget();
                    if (overrun.isPresent()) {
                        throw cannotConvert(
                                overrun.get(),
                                "Asciidoctor took more than " + BUDGET.toSeconds()
                                        + " seconds to read the page and was stopped.");
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException cause) throw cause;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the build was interrupted", e);
                }
            }
        }

        /** The page a thread has been converting for longer than {@link #BUDGET}, if there is one. */
        private Optional<Page> overBudget() {
            long now = System.nanoTime();
            for (int thread = 0; thread < onPage.length(); thread++) {
                OnPage on = onPage.get(thread);
                if (on != null && now - on.startedAt() > BUDGET.toNanos()) return Optional.of(on.page());
            }
            return Optional.empty();
        }

        @Override
        public void close() {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** Whether the page's conversion is found under its key, kept by the preview or in the cache; it is read only when handed on. */
    private Lookup lookUp(Page page, Map<String, Object> attributes, Set<String> referable) {
        Optional<CacheKey> key = cache.keyFor(siteRoot.resolve(page.source()), page.text(), attributes, referable);
        boolean cached = key.isPresent() && (keptUnder(page, key.get()).isPresent() || cache.holds(key.get()));
        if (!cached) AsciidocEngine.warmUp();
        return new Lookup(page, key, cached);
    }

    private Optional<AsciidocEngine.Conversion> keptUnder(Page page, CacheKey key) {
        Kept last = kept.get(page.source());
        return last != null && last.key().equals(key) ? Optional.of(last.conversion()) : Optional.empty();
    }

    private Optional<AsciidocEngine.Conversion> reuse(Page page, CacheKey key) {
        Optional<AsciidocEngine.Conversion> last = keptUnder(page, key);
        if (last.isPresent()) return last;
        Optional<AsciidocEngine.Conversion> found = cache.reuse(key);
        found.ifPresent(conversion -> keep(page, key, conversion));
        return found;
    }

    private AsciidocEngine.Conversion convert(Lookup lookup, Map<String, Object> attributes, int runtime) {
        AsciidocEngine.Conversion conversion = AsciidocEngine.convert(
                runtime,
                siteRoot.resolve(lookup.page().source()),
                lookup.page().text().text(),
                siteRoot,
                attributes);
        lookup.key().ifPresent(key -> {
            cache.keep(key, conversion);
            keep(lookup.page(), key, conversion);
        });
        return conversion;
    }

    private void keep(Page page, CacheKey key, AsciidocEngine.Conversion conversion) {
        if (keepConversions) kept.put(page.source(), new Kept(key, conversion));
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

    private static ExecutorService newConvertingThreads(int threads) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "haven-convert", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }
}
