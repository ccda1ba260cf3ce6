package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What earlier builds made, kept in a folder between builds so the next one reuses it: each
 * entry is named by the {@link CacheKey} of everything it was made from. The entries live in
 * one file, {@value #PACK}, read by mapping it into memory; each entry holds a header, its own
 * key and a checksum, and one that is truncated, corrupt or not Haven's is treated as missing,
 * so it is made again and never published.
 * <p>
 * A build appends what it makes to a file of its own as it goes, and once it is done copies in
 * the entries it reused and puts that file in place of the last with a rename, on a thread of its
 * own (the process waits for it before it ends). A build that made nothing and reused every
 * entry writes nothing. The folder is safe to delete at any time, and safe to share between
 * builds running at once: the last to finish leaves its entries.
 */
public final class BuildCache {
    /** In the cache folder, saying that Haven made it: {@code haven clean} deletes only such a folder. */
    public static final String MARKER = ".haven-cache";

    static final String PACK = "entries.pack";
    /**
     * Where a finished pack waits when it cannot replace {@value #PACK}: Windows refuses to replace
     * a file that is mapped, and the process that wrote it still maps the last one. The next build
     * puts it in place before it maps anything.
     */
    static final String WAITING_PACK = PACK + ".next";

    private static final byte[] MAGIC = "haven-cache-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PACK_MAGIC = "haven-pack-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int HEADER = MAGIC.length + KEY_BYTES + Integer.BYTES + Long.BYTES;
    private static final int INDEX_ROW = KEY_BYTES + Long.BYTES + Integer.BYTES;
    private static final int FOOTER = Long.BYTES + Integer.BYTES + PACK_MAGIC.length;
    /** A pack being written ({@code entries.pack.part-PID-N}), or an entry of the cache's first layout, a file of its own. */
    private static final Pattern LEFT_BEHIND =
            Pattern.compile(Pattern.quote(PACK) + "\\.part-(\\d+)-\\d+|[0-9a-f]{62}");

    /** The packs still being written, by folder: a build of the same folder waits for its own to be in place. */
    private static final Map<Path, CompletableFuture<Void>> WRITING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BuildCache::waitForEveryPack, "haven-cache"));
    }

    private final Path folder;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger madeCount = new AtomicInteger();
    private volatile Pack last;
    /** The entries of the last pack this build read or kept, by key. */
    private final Map<String, Location> used = new ConcurrentHashMap<>();
    /** What this build made, in its own pack file. */
    private Pack.Writer made;

    private record Location(long offset, int length) {}

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** A build that keeps nothing and finds nothing ({@code --no-cache}). */
    public static BuildCache none() {
        return new BuildCache(null);
    }

    public static BuildCache in(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        waitForWriting(absolute);
        return new BuildCache(absolute);
    }

    /** The default: {@code target/haven-cache} in the site folder, which a site's .gitignore already leaves out. */
    public static Path defaultFolder(Path siteRoot) {
        return siteRoot.resolve("target/haven-cache");
    }

    /** Whether this cache keeps anything (not with {@code --no-cache}). */
    boolean keeps() {
        return folder != null;
    }

    /** Whether an earlier build left entries here; a build that may reuse them need not start Asciidoctor at once. */
    boolean holdsEntries() {
        return folder != null
                && (Files.isRegularFile(folder.resolve(PACK)) || Files.isRegularFile(folder.resolve(WAITING_PACK)));
    }

    /** Whether the last build into this cache saw the site's files as {@code seen} (see {@link SourcesSeen}). */
    boolean sawBefore(SourcesSeen seen) {
        if (folder == null) return false;
        try {
            return Files.readString(folder.resolve(SourcesSeen.FILE), StandardCharsets.US_ASCII)
                    .equals(seen.digest());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Notes how this build saw the site's files, for the next build's hint; one that cannot be noted is no hint. */
    void saw(SourcesSeen seen) {
        // Only beside entries: a folder without the marker is not Haven's to write in.
        if (folder == null || !Files.isRegularFile(folder.resolve(MARKER))) return;
        try {
            Files.writeString(folder.resolve(SourcesSeen.FILE), seen.digest(), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            // Only the next build's JRuby starts later.
        }
    }

    /** The entry's contents, or empty when there is none or it could not be trusted. */
    Optional<byte[]> read(CacheKey key) {
        if (folder == null) return Optional.empty();
        String hex = key.hex();
        Pack pack = last();
        Optional<Location> kept = pack.location(hex);
        Optional<ByteBuffer> entry = kept.map(pack::entry).or(() -> madeEntry(hex));
        if (entry.isEmpty()) return Optional.empty();
        Optional<byte[]> contents = contentsOf(entry.get(), key);
        if (contents.isEmpty()) {
            dropped.incrementAndGet();
            used.remove(hex);
            return contents;
        }
        reused.incrementAndGet();
        kept.ifPresent(location -> used.put(hex, location));
        return contents;
    }

    /** Keeps an entry of an earlier build that this build did not need to read, for a later build that may. */
    void retain(CacheKey key) {
        if (folder != null) last().location(key.hex()).ifPresent(location -> used.putIfAbsent(key.hex(), location));
    }

    /** Keeps an entry; a cache that cannot be written only makes the next build slower. */
    void write(CacheKey key, byte[] contents) {
        if (folder == null) return;
        if (writer().add(key.hex(), entry(key, contents))) madeCount.incrementAndGet();
    }

    /**
     * Once {@code made} is done (the last entries of a build are made alongside the writing of
     * the site), puts this build's pack in place on a thread of its own: what it made and, of the
     * last pack, what it used (with {@code forgetTheRest}, as a build that succeeded keeps only
     * what it needed however many builds came before) or everything (a failed build, a preview).
     */
    synchronized void finishAfter(CompletableFuture<?> made, boolean forgetTheRest) {
        if (folder == null) return;
        CompletableFuture<Void> done = made.handle((result, failure) -> null)
                .thenRunAsync(
                        () -> packUp(forgetTheRest), runnable -> new Thread(runnable, "haven-cache-write").start());
        WRITING.put(folder, done);
        done.whenComplete((ok, failed) -> WRITING.remove(folder, done));
    }

    private synchronized void packUp(boolean forgetTheRest) {
        Pack previous = lastPack();
        boolean allUsed = used.size() == previous.size() && dropped.get() == 0;
        if (made == null && (allUsed || !forgetTheRest)) return;
        Pack.Writer writing = writer();
        Map<String, Location> carried = new LinkedHashMap<>(forgetTheRest ? used : previous.locations());
        made = null;
        last = null;
        used.clear();
        putInPlace(writing, previous, carried);
    }

    /** How many entries this build reused, made and dropped as untrustworthy. */
    public Use use() {
        return new Use(reused.get(), madeCount.get(), dropped.get());
    }

    public record Use(int reused, int made, int dropped) {}

    static byte[] entry(CacheKey key, byte[] contents) {
        ByteBuffer entry = ByteBuffer.allocate(HEADER + contents.length);
        entry.put(MAGIC);
        entry.put(key.hex().getBytes(StandardCharsets.US_ASCII));
        entry.putInt(contents.length);
        entry.putLong(checksum(ByteBuffer.wrap(contents)));
        entry.put(contents);
        return entry.array();
    }

    /** The entry's contents, copied once out of the pack, if its header and checksum show it is whole and the key's. */
    static Optional<byte[]> contentsOf(ByteBuffer entry, CacheKey key) {
        if (entry.remaining() < HEADER) return Optional.empty();
        int at = entry.position();
        byte[] magic = new byte[MAGIC.length];
        byte[] storedKey = new byte[KEY_BYTES];
        entry.get(at, magic).get(at + MAGIC.length, storedKey);
        int length = entry.getInt(at + MAGIC.length + KEY_BYTES);
        long checksum = entry.getLong(at + MAGIC.length + KEY_BYTES + Integer.BYTES);
        if (!Arrays.equals(magic, MAGIC)
                || !new String(storedKey, StandardCharsets.US_ASCII).equals(key.hex())
                || length != entry.remaining() - HEADER) return Optional.empty();
        ByteBuffer contents = entry.slice(at + HEADER, length);
        if (checksum(contents.duplicate()) != checksum) return Optional.empty();
        byte[] copy = new byte[length];
        contents.get(copy);
        return Optional.of(copy);
    }

    /** Every entry of the pack in {@code folder} as it is stored, by key, for tests that damage one. */
    static Map<String, byte[]> storedEntries(Path folder) {
        waitForWriting(folder.toAbsolutePath().normalize());
        Pack pack = Pack.open(newestPack(folder));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        pack.locations()
                .keySet()
                .forEach(key -> entries.put(key, bytesOf(pack.entry(key).orElseThrow())));
        return entries;
    }

    /** The entry stored under {@code key}, as it is stored, once any pack being written is in place. */
    byte[] storedEntry(String key) {
        return last().entry(key).map(BuildCache::bytesOf).orElse(null);
    }

    private static byte[] bytesOf(ByteBuffer entry) {
        byte[] bytes = new byte[entry.remaining()];
        entry.duplicate().get(bytes);
        return bytes;
    }

    /** Writes {@code entries} (each as {@link #entry} makes it, or damaged) as the pack of {@code folder}. */
    static void storeEntries(Path folder, Map<String, byte[]> entries) {
        waitForWriting(folder.toAbsolutePath().normalize());
        try {
            Pack.Writer writer = Pack.Writer.in(folder);
            entries.forEach(writer::add);
            writer.finish(Map.of(), null);
            Files.move(writer.file(), folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long checksum(ByteBuffer contents) {
        CRC32C crc = new CRC32C();
        crc.update(contents);
        return crc.getValue();
    }

    /**
     * Waits for the packs still being written, as a command ends (and again as the process
     * ends): a command is over only once its cache is in place. A pack not written in time is only
     * a slower next build.
     */
    public static void waitForEveryPack() {
        for (CompletableFuture<Void> writing : WRITING.values()) {
            try {
                writing.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // The next build finds no pack, or the last one.
            }
        }
    }

    private static void waitForWriting(Path folder) {
        CompletableFuture<Void> writing = WRITING.get(folder);
        if (writing != null) writing.join();
    }

    /** The pack the last build left (while this cache puts its own in place, that one once it is). */
    private Pack last() {
        Pack pack = last;
        return pack != null ? pack : lastPack();
    }

    private synchronized Pack lastPack() {
        if (last == null) last = Pack.open(newestPack(folder));
        return last;
    }

    private synchronized Optional<ByteBuffer> madeEntry(String key) {
        return made == null ? Optional.empty() : made.entry(key);
    }

    private synchronized Pack.Writer writer() {
        if (made == null) made = Pack.Writer.in(folder);
        return made;
    }

    private void putInPlace(Pack.Writer writing, Pack previous, Map<String, Location> carried) {
        try {
            writing.finish(carried, previous);
            putInPlace(writing.file());
        } catch (IOException | UncheckedIOException e) {
            writing.discard();
        }
        deleteLeftBehind();
    }

    private void putInPlace(Path finished) throws IOException {
        try {
            Files.move(
                    finished,
                    folder.resolve(PACK),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(folder.resolve(WAITING_PACK));
        } catch (IOException refused) {
            Files.move(
                    finished,
                    folder.resolve(WAITING_PACK),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The last build's pack: a waiting one put in place first if it can be, else read where it waits. */
    private static Path newestPack(Path folder) {
        Path waiting = folder.resolve(WAITING_PACK);
        if (!Files.isRegularFile(waiting)) return folder.resolve(PACK);
        try {
            Files.move(
                    waiting, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return folder.resolve(PACK);
        } catch (IOException stillRefused) {
            return waiting;
        }
    }

    /** Packs of builds that stopped halfway, and entries of the cache's first layout. */
    private void deleteLeftBehind() {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> isLeftBehind(file.getFileName().toString()))
                    .forEach(BuildCache::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // Left behind, they take room, nothing more.
        }
    }

    private static boolean isLeftBehind(String name) {
        var matcher = LEFT_BEHIND.matcher(name);
        if (!matcher.matches()) return false;
        return matcher.group(1) == null
                || ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Tried again by the next build.
        }
    }

    /**
     * One pack file: the entries one after another, then an index (each entry's key, where it
     * starts and its length) and a footer saying where the index starts. A pack that is cut
     * short, or not Haven's, reads as empty.
     */
    private static final class Pack {
        private static final Pack EMPTY = new Pack(ByteBuffer.allocate(0), Map.of());

        private final ByteBuffer bytes;
        private final Map<String, Location> index;

        private Pack(ByteBuffer bytes, Map<String, Location> index) {
            this.bytes = bytes;
            this.index = index;
        }

        static Pack open(Path file) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size < PACK_MAGIC.length + FOOTER || size > Integer.MAX_VALUE) return EMPTY;
                ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
                return read(bytes).orElse(EMPTY);
            } catch (IOException | UncheckedIOException e) {
                return EMPTY;
            }
        }

        private static Optional<Pack> read(ByteBuffer bytes) {
            int size = bytes.limit();
            byte[] magic = new byte[PACK_MAGIC.length];
            bytes.get(size - PACK_MAGIC.length, magic);
            long indexStart = bytes.getLong(size - FOOTER);
            int count = bytes.getInt(size - FOOTER + Long.BYTES);
            if (!Arrays.equals(magic, PACK_MAGIC)
                    || count < 0
                    || indexStart < PACK_MAGIC.length
                    || indexStart + (long) count * INDEX_ROW != size - FOOTER) return Optional.empty();
            Map<String, Location> index = new LinkedHashMap<>(count * 4 / 3 + 1);
            for (int row = 0; row < count; row++)
                if (!readRow(bytes, (int) indexStart + row * INDEX_ROW, indexStart, index)) return Optional.empty();
            return Optional.of(new Pack(bytes, index));
        }

        /**
         * One row of the index, false if it points outside the entries. A method of its own so that
         * it is compiled after a few hundred rows, where a loop in a method run once is compiled only
         * after tens of thousands of rounds: a large site's pack has that many rows, each of which
         * the interpreter would read.
         */
        private static boolean readRow(ByteBuffer bytes, int at, long indexStart, Map<String, Location> index) {
            byte[] key = new byte[KEY_BYTES];
            bytes.get(at, key);
            long offset = bytes.getLong(at + KEY_BYTES);
            int length = bytes.getInt(at + KEY_BYTES + Long.BYTES);
            if (offset < PACK_MAGIC.length || length < 0 || offset + length > indexStart) return false;
            index.put(new String(key, StandardCharsets.US_ASCII), new Location(offset, length));
            return true;
        }

        int size() {
            return index.size();
        }

        Map<String, Location> locations() {
            return index;
        }

        Optional<Location> location(String key) {
            return Optional.ofNullable(index.get(key));
        }

        /** The entry as it is stored, read in place from the mapped pack. */
        Optional<ByteBuffer> entry(String key) {
            return location(key).map(this::entry);
        }

        ByteBuffer entry(Location location) {
            return bytes.slice((int) location.offset(), location.length());
        }

        /** A pack being written: entries appended as they are made, from any thread. */
        static final class Writer {
            private static final AtomicInteger NUMBER = new AtomicInteger();
            private final Path file;
            private final FileChannel channel;
            private final Map<String, Location> written = new LinkedHashMap<>();
            private long end;

            private Writer(Path file, FileChannel channel) {
                this.file = file;
                this.channel = channel;
            }

            static Writer in(Path folder) {
                try {
                    Files.createDirectories(folder);
                    Path marker = folder.resolve(MARKER);
                    if (!Files.exists(marker))
                        Files.writeString(
                                marker,
                                "Haven's build cache: what earlier builds made, reused by the next. Safe to delete.\n",
                                StandardCharsets.UTF_8);
                    Path file = folder.resolve(
                            PACK + ".part-" + ProcessHandle.current().pid() + "-" + NUMBER.incrementAndGet());
                    FileChannel channel = FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                    Writer writer = new Writer(file, channel);
                    writer.append(ByteBuffer.wrap(PACK_MAGIC));
                    return writer;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            Path file() {
                return file;
            }

            /** Whether the entry was added (not when one is already there, or the disk refused it). */
            synchronized boolean add(String key, byte[] entry) {
                if (written.containsKey(key)) return false;
                long at = end;
                try {
                    append(ByteBuffer.wrap(entry));
                    written.put(key, new Location(at, entry.length));
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }

            synchronized Optional<ByteBuffer> entry(String key) {
                Location location = written.get(key);
                if (location == null) return Optional.empty();
                ByteBuffer entry = ByteBuffer.allocate(location.length());
                try {
                    while (entry.hasRemaining())
                        if (channel.read(entry, location.offset() + entry.position()) < 0) return Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
                return Optional.of(entry.flip());
            }

            /** Copies in the {@code carried} entries of {@code previous} not made again, then writes the index and footer. */
            synchronized void finish(Map<String, Location> carried, Pack previous) throws IOException {
                for (Map.Entry<String, Location> entry : carried.entrySet()) {
                    if (written.containsKey(entry.getKey())) continue;
                    Location from = entry.getValue();
                    long at = end;
                    append(previous.bytes.slice((int) from.offset(), from.length()));
                    written.put(entry.getKey(), new Location(at, from.length()));
                }
                ByteBuffer index = ByteBuffer.allocate(written.size() * INDEX_ROW + FOOTER);
                written.forEach((key, location) -> index.put(key.getBytes(StandardCharsets.US_ASCII))
                        .putLong(location.offset())
                        .putInt(location.length()));
                index.putLong(end).putInt(written.size()).put(PACK_MAGIC).flip();
                append(index);
                channel.close();
            }

            synchronized void discard() {
                try {
                    channel.close();
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Deleted by a later build as left behind.
                }
            }

            private void append(ByteBuffer buffer) throws IOException {
                while (buffer.hasRemaining()) end += channel.write(buffer, end);
            }
        }
    }
}
