package org.haven.bake;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every file of a built site, by path under the output folder ({@code levels/level-2/index.html}). */
public final class SiteOutput {
    private final SortedMap<String, byte[]> files = Collections.synchronizedSortedMap(new TreeMap<>());

    public void put(String path, byte[] content) {
        files.put(path, content);
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /** The file a site path is served from: {@code /a/b/} is {@code a/b/index.html}. */
    public static String fileFor(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    public byte[] at(String url) {
        byte[] exact = files.get(fileFor(url));
        return exact != null || url.endsWith("/") ? exact : files.get(fileFor(url + "/"));
    }

    public int pageCount() {
        return (int) files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
