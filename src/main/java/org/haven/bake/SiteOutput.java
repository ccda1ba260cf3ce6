package org.haven.bake;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Every file of a built site, by path under the output folder ({@code levels/level-2/index.html}).
 * A file may still be in the making (the search index): reading the whole site waits for it.
 * A site being written to an output folder hands each file over as it is made and keeps only its
 * path, so a large site's pages are not all held in memory at once.
 */
public final class SiteOutput {
    /** What a handed-over file's bytes are kept as. */
    private static final byte[] HANDED_OVER = new byte[0];

    private final SortedMap<String, byte[]> files = Collections.synchronizedSortedMap(new TreeMap<>());
    private final Map<String, CompletableFuture<byte[]>> inTheMaking = new HashMap<>();
    private final BiConsumer<String, byte[]> handOver;

    /** A site kept whole in memory (a preview, a check). */
    public SiteOutput() {
        this(null);
    }

    private SiteOutput(BiConsumer<String, byte[]> handOver) {
        this.handOver = handOver;
    }

    /** A site whose files go to {@code whenMade} as they are made, every one by the time {@link #paths} returns. */
    static SiteOutput handingOver(BiConsumer<String, byte[]> whenMade) {
        return new SiteOutput(whenMade);
    }

    public void put(String path, byte[] content) {
        if (handOver == null) {
            files.put(path, content);
        } else {
            files.put(path, HANDED_OVER);
            handOver.accept(path, content);
        }
    }

    /** The path of every file, once all are made. */
    public SortedSet<String> paths() {
        finish();
        synchronized (files) {
            return new TreeSet<>(files.keySet());
        }
    }

    /** Adds a file once {@code content} is done; a failure to make it is thrown when the site is read. */
    public synchronized void putWhenDone(String path, CompletableFuture<byte[]> content) {
        inTheMaking.put(path, content);
    }

    /** Done once every file is made, or one failed to be made. */
    public synchronized CompletableFuture<Void> allMade() {
        return CompletableFuture.allOf(inTheMaking.values().toArray(CompletableFuture[]::new));
    }

    /** Every file, once all are made; only of a site kept whole. */
    public SortedMap<String, byte[]> files() {
        keptWhole();
        finish();
        return Collections.unmodifiableSortedMap(files);
    }

    private synchronized void finish() {
        inTheMaking.forEach((path, content) -> put(path, Background.joined(content)));
        inTheMaking.clear();
    }

    private void keptWhole() {
        if (handOver != null) throw new IllegalStateException("The files of this site were handed over as made.");
    }

    /** The file a site path is served from: {@code /a/b/} is {@code a/b/index.html}. */
    public static String fileFor(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    public byte[] at(String url) {
        keptWhole();
        finish();
        byte[] exact = files.get(fileFor(url));
        return exact != null || url.endsWith("/") ? exact : files.get(fileFor(url + "/"));
    }

    public int pageCount() {
        return (int) paths().stream().filter(p -> p.endsWith(".html")).count();
    }
}
