package org.haven.bake;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one AsciidoctorJ instance of a Haven process. JRuby takes seconds to start, so
 * {@link #warmUp()} starts it on a background thread as soon as the process starts, while
 * the content is read and checked.
 */
public final class AsciidocEngine {
    private static final CompletableFuture<Asciidoctor> INSTANCE = new CompletableFuture<>();
    private static final Map<String, List<LogRecord>> LOGS = new ConcurrentHashMap<>();
    private static volatile boolean started;

    private AsciidocEngine() {
    }

    /** Starts JRuby and Asciidoctor in the background; later calls do nothing. */
    public static synchronized void warmUp() {
        if (started) return;
        started = true;
        Thread boot = new Thread(() -> {
            try {
                Logger.getLogger("asciidoctor").setLevel(Level.OFF);
                Asciidoctor asciidoctor = Asciidoctor.Factory.create();
                asciidoctor.registerLogHandler(AsciidocEngine::record);
                asciidoctor.convert("warm", Options.builder().safe(SafeMode.SECURE).build());
                INSTANCE.complete(asciidoctor);
            } catch (Throwable e) {
                INSTANCE.completeExceptionally(e);
            }
        }, "haven-asciidoctor-boot");
        boot.setDaemon(true);
        boot.start();
    }

    /**
     * Waits until Asciidoctor has started. Call it before converting on a parallel stream: a
     * fork-join worker that blocks on the start-up adds threads to the pool to make up for
     * itself, and more threads than cores only fight over them.
     */
    public static void awaitStart() {
        warmUp();
        INSTANCE.join();
    }

    /**
     * Converts one page's body to HTML. Includes are confined to {@code siteRoot}, remote
     * content is never read, and the messages Asciidoctor logs for the file are returned with it.
     */
    public static Conversion convert(Path file, Path siteRoot, Map<String, Object> attributes) {
        warmUp();
        Asciidoctor asciidoctor = INSTANCE.join();
        String key = file.toAbsolutePath().normalize().toString();
        LOGS.remove(key);
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(siteRoot.toFile())
                .toFile(false)
                .standalone(false)
                .attributes(Attributes.builder().attributes(attributes).build())
                .build();
        String html = asciidoctor.convertFile(file.toFile(), options);
        List<LogRecord> logs = LOGS.remove(key);
        return new Conversion(html, logs == null ? List.of() : List.copyOf(logs));
    }

    private static void record(LogRecord record) {
        if (record.getSeverity().ordinal() < Severity.WARN.ordinal() || record.getCursor() == null
                || record.getCursor().getFile() == null) {
            return;
        }
        String key = Path.of(record.getCursor().getFile()).toAbsolutePath().normalize().toString();
        LOGS.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(record);
    }

    /** A page's HTML body and what Asciidoctor said about it. */
    public record Conversion(String html, List<LogRecord> messages) {
    }
}
