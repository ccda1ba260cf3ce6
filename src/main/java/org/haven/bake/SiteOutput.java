package org.haven.bake;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Every file of a built site, by path under the output folder ({@code levels/level-2/index.html}).
 * A file may still be in the making (the search index): reading the whole site waits for it.
 * Each file is also handed, as it is put, to whoever wants it early (the writer of the output
 * folder).
 */
public final class SiteOutput {
    private final SortedMap<String, byte[]> files = Collections.synchronizedSortedMap(new TreeMap<>());
    private final Map<String, CompletableFuture<byte[]>> inTheMaking = new HashMap<>();
    private final BiConsumer<String, byte[]> whenPut;

    public SiteOutput() {
        this((path, content) -> {});
    }

    public SiteOutput(BiConsumer<String, byte[]> whenPut) {
        this.whenPut = whenPut;
    }

    public void put(String path, byte[] content) {
        files.put(path, content);
        whenPut.accept(path, content);
    }

    /** Adds a file once {@code content} is done; a failure to make it is thrown when the site is read. */
    public synchronized void putWhenDone(String path, CompletableFuture<byte[]> content) {
        inTheMaking.put(path, content);
    }

    /** Done once every file is made, or one failed to be made. */
    public synchronized CompletableFuture<Void> allMade() {
        return CompletableFuture.allOf(inTheMaking.values().toArray(CompletableFuture[]::new));
    }

    /** Every file, once all are made. */
    public SortedMap<String, byte[]> files() {
        finish();
        return Collections.unmodifiableSortedMap(files);
    }

    private synchronized void finish() {
        inTheMaking.forEach((path, content) -> files.put(path, Background.joined(content)));
        inTheMaking.clear();
    }

    /** The file a site path is served from: {@code /a/b/} is {@code a/b/index.html}. */
    public static String fileFor(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    public byte[] at(String url) {
        finish();
        byte[] exact = files.get(fileFor(url));
        return exact != null || url.endsWith("/") ? exact : files.get(fileFor(url + "/"));
    }

    public int pageCount() {
        return (int) files().keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
