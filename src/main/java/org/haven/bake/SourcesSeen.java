package org.haven.bake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.haven.content.ContentDigest;
import org.haven.content.WebPath;

/**
 * What the site's page and data files held when a build saw them: each one's size, time of last
 * change and a digest of its bytes, by its path. A build that finds a file whose bytes changed,
 * or one added or removed, will very likely convert a page, so it starts JRuby as soon as it
 * finds it instead of once it finds the first page missing from the cache; a build that finds
 * none does not start JRuby. A file whose size and time are as they were is taken as unchanged
 * without being read; one whose time alone changed, as every file's does in a fresh checkout
 * in CI, is read and compared by its digest. It is only a hint: it decides when JRuby starts,
 * never what is built.
 */
final class SourcesSeen {
    static final String FILE = "sources-seen";
    private static final List<String> FOLDERS = List.of("content", "data");
    private static final SourcesSeen NONE = new SourcesSeen(Map.of(), false);
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{32}");

    /** One file as a build saw it; a file that could not be read has no digest. */
    private record Seen(long size, long modified, String digest) {}

    private final Map<String, Seen> byPath;
    /** Whether every file was found as the last note had it, so that the note need not be written again. */
    private final boolean asNoted;

    private SourcesSeen(Map<String, Seen> byPath, boolean asNoted) {
        this.byPath = Collections.unmodifiableMap(byPath);
        this.asNoted = asNoted;
    }

    /** No files seen: every file found is new. */
    static SourcesSeen none() {
        return NONE;
    }

    /**
     * The site's page and data files as they are now, each read only when its size or time
     * differs from {@code last}'s. {@code whenChanged} runs once, as soon as a change is found:
     * first among the files' sizes and names, found without reading any (an edit nearly always
     * changes a file's size), then among the bytes of those read. A file that cannot be read is
     * a change.
     */
    static SourcesSeen now(Path siteRoot, SourcesSeen last, Runnable whenChanged) {
        AtomicBoolean changed = new AtomicBoolean();
        Runnable change = () -> {
            if (changed.compareAndSet(false, true)) whenChanged.run();
        };
        Map<String, Found> found = found(siteRoot, change);
        if (!found.keySet().equals(last.byPath.keySet())
                || found.entrySet().stream()
                        .anyMatch(file -> file.getValue().attributes().size()
                                != last.byPath.get(file.getKey()).size())) change.run();
        Map<String, Seen> now = new TreeMap<>();
        AtomicBoolean asNoted = new AtomicBoolean(found.keySet().equals(last.byPath.keySet()));
        found.forEach((path, file) -> {
            Seen seen = last.seenAgain(path, file);
            if (!last.holdsTheSameBytes(path, seen)) change.run();
            if (seen != last.byPath.get(path)) asNoted.set(false);
            now.put(path, seen);
        });
        return new SourcesSeen(now, asNoted.get());
    }

    boolean asNoted() {
        return asNoted;
    }

    /** A file found in the walk, with the attributes the walk read. */
    private record Found(Path file, BasicFileAttributes attributes) {}

    /** The page and data files by path, found in one walk that reads each one's attributes once; {@code unreadable} runs for any it cannot. */
    private static Map<String, Found> found(Path siteRoot, Runnable unreadable) {
        Map<String, Found> found = new TreeMap<>();
        for (String name : FOLDERS) {
            Path folder = siteRoot.resolve(name);
            if (!Files.isDirectory(folder)) continue;
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        found.put(WebPath.of(siteRoot, file), new Found(file, attributes));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unreadable.run();
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                unreadable.run();
            }
        }
        return found;
    }

    /** The file as seen now: this note's own record of it if its size and time are the same, else read for its digest. */
    private Seen seenAgain(String path, Found found) {
        long size = found.attributes().size();
        long modified = found.attributes().lastModifiedTime().toMillis();
        Seen before = byPath.get(path);
        if (before != null && before.size() == size && before.modified() == modified) return before;
        return new Seen(size, modified, digestOf(found.file()));
    }

    /** Whether this note saw the file at {@code path} with the bytes {@code now} was read with. */
    private boolean holdsTheSameBytes(String path, Seen now) {
        Seen before = byPath.get(path);
        return before != null && now.digest() != null && now.digest().equals(before.digest());
    }

    private static String digestOf(Path file) {
        try {
            return ContentDigest.start().update(Files.readAllBytes(file)).hex();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One line a file: its size, time and digest, then its path. */
    String text() {
        StringBuilder text = new StringBuilder();
        byPath.forEach((path, seen) -> {
            if (seen.digest() != null)
                text.append(seen.size())
                        .append(' ')
                        .append(seen.modified())
                        .append(' ')
                        .append(seen.digest())
                        .append(' ')
                        .append(path)
                        .append('\n');
        });
        return text.toString();
    }

    /** The note {@link #text()} wrote; a line that cannot be read is a file not seen (so found new). */
    static SourcesSeen read(String text) {
        Map<String, Seen> byPath = new TreeMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (parts.length < 4 || !DIGEST.matcher(parts[2]).matches()) continue;
            try {
                byPath.put(parts[3], new Seen(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (NumberFormatException e) {
                // Not a line this class wrote.
            }
        }
        return new SourcesSeen(byPath, false);
    }
}
