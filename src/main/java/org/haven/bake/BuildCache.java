package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What earlier builds made, kept in a folder between builds so the next one reuses it: each
 * entry is named by the {@link CacheKey} of everything it was made from. An entry holds a
 * header, its own key and a checksum; one that is truncated, corrupt or not Haven's is
 * deleted and treated as missing, so it is made again and never published. The folder is
 * safe to delete at any time, and safe to share between builds running at once: entries are
 * written under a name of their own and renamed into place.
 */
public final class BuildCache {
    /** In the cache folder, saying that Haven made it: {@code haven clean} deletes only such a folder. */
    public static final String MARKER = ".haven-cache";

    private static final byte[] MAGIC = "haven-cache-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 64;
    /** An entry's file name (the key after its first two letters), or one being written under a name of its own. */
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{62}(\\.part-.*)?");

    private static final int HEADER = MAGIC.length + KEY_BYTES + Integer.BYTES + Long.BYTES;

    private final Path folder;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    /** The entries this build read or wrote: {@link #forgetTheRest} keeps only these. */
    private final Set<Path> used = ConcurrentHashMap.newKeySet();

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** A build that keeps nothing and finds nothing ({@code --no-cache}). */
    public static BuildCache none() {
        return new BuildCache(null);
    }

    public static BuildCache in(Path folder) {
        return new BuildCache(folder.toAbsolutePath().normalize());
    }

    /** The default: {@code target/haven-cache} in the site folder, which a site's .gitignore already leaves out. */
    public static Path defaultFolder(Path siteRoot) {
        return siteRoot.resolve("target/haven-cache");
    }

    /** Whether an earlier build left entries here; a build that may reuse them need not start Asciidoctor at once. */
    boolean holdsEntries() {
        return folder != null && Files.isRegularFile(folder.resolve(MARKER));
    }

    /** The entry's contents, or empty when there is none or it could not be trusted (it is then deleted). */
    Optional<byte[]> read(CacheKey key) {
        if (folder == null) return Optional.empty();
        Path file = fileOf(key);
        byte[] entry;
        try {
            entry = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<byte[]> contents = contentsOf(entry, key);
        if (contents.isEmpty()) {
            drop(file);
        } else {
            reused.incrementAndGet();
            used.add(file);
        }
        return contents;
    }

    /** Keeps an entry; a cache that cannot be written only makes the next build slower. */
    void write(CacheKey key, byte[] contents) {
        if (folder == null) return;
        made.incrementAndGet();
        Path file = fileOf(key);
        used.add(file);
        try {
            Files.createDirectories(file.getParent());
            markAsHavens();
            Path partial = file.resolveSibling(
                    file.getFileName() + ".part-" + ProcessHandle.current().pid() + "-"
                            + Thread.currentThread().getId());
            Files.write(partial, entry(key, contents));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            // Nothing to tell: the entry is made again next time.
        }
    }

    /**
     * Deletes the entries this build neither read nor wrote, so that the cache holds what the
     * last build needed and no more, however many builds came before; and what a build that
     * was stopped halfway left half-written.
     */
    void forgetTheRest() {
        if (folder == null || !Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(file -> file.getNameCount() == folder.getNameCount() + 2)
                    .filter(file ->
                            ENTRY_NAME.matcher(file.getFileName().toString()).matches())
                    .filter(file -> !used.contains(file))
                    .forEach(BuildCache::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // Entries left behind take room, nothing more.
        }
    }

    /** How many entries this build reused, made and dropped as untrustworthy. */
    public Use use() {
        return new Use(reused.get(), made.get(), dropped.get());
    }

    public record Use(int reused, int made, int dropped) {}

    static byte[] entry(CacheKey key, byte[] contents) {
        ByteBuffer entry = ByteBuffer.allocate(HEADER + contents.length);
        entry.put(MAGIC);
        entry.put(key.hex().getBytes(StandardCharsets.US_ASCII));
        entry.putInt(contents.length);
        entry.putLong(checksum(contents));
        entry.put(contents);
        return entry.array();
    }

    static Optional<byte[]> contentsOf(byte[] entry, CacheKey key) {
        if (entry.length < HEADER) return Optional.empty();
        ByteBuffer read = ByteBuffer.wrap(entry);
        byte[] magic = new byte[MAGIC.length];
        byte[] storedKey = new byte[KEY_BYTES];
        read.get(magic).get(storedKey);
        int length = read.getInt();
        long checksum = read.getLong();
        if (!Arrays.equals(magic, MAGIC)
                || !new String(storedKey, StandardCharsets.US_ASCII).equals(key.hex())
                || length != entry.length - HEADER) return Optional.empty();
        byte[] contents = Arrays.copyOfRange(entry, HEADER, entry.length);
        return checksum(contents) == checksum ? Optional.of(contents) : Optional.empty();
    }

    private static long checksum(byte[] contents) {
        CRC32C crc = new CRC32C();
        crc.update(contents);
        return crc.getValue();
    }

    private void drop(Path file) {
        dropped.incrementAndGet();
        // Left in place, it is found untrustworthy again and made again.
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Tried again by the next build.
        }
    }

    private void markAsHavens() throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker))
            Files.writeString(
                    marker,
                    "Haven's build cache: what earlier builds made, reused by the next. Safe to delete.\n",
                    StandardCharsets.UTF_8);
    }

    Path fileOf(CacheKey key) {
        return folder.resolve(key.hex().substring(0, 2)).resolve(key.hex().substring(2));
    }
}
