package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.haven.bake.CachePack.Location;

/**
 * What earlier builds made, kept in a folder between builds so the next one reuses it: each
 * entry is named by the {@link CacheKey} of everything it was made from. The entries live in a
 * few pack files ({@link CachePacks}), read by mapping them into memory; each entry holds a
 * header, its own key and a checksum, and one that is truncated, corrupt or not Haven's is
 * treated as missing, so it is made again and never published.
 * <p>
 * A build appends what it makes to a new pack of its own as it goes and, once it is done, adds
 * that pack to the list, on a thread of its own (the process waits for it before it ends). When
 * what the build used is less than half of what the packs hold, it copies the entries it used
 * into its pack instead and lists that pack alone, so a cache does not grow with every edit; when
 * the list grows long, it copies in those of every pack but the first (which holds most). A build
 * that made nothing writes nothing unless there is that much to drop. The folder is safe to
 * delete at any time, and safe to share between builds running at once: the last to finish
 * leaves its list.
 */
public final class BuildCache {
    /** In the cache folder, saying that Haven made it: {@code haven clean} deletes only such a folder. */
    public static final String MARKER = ".haven-cache";

    /**
     * Where the cache is kept unless a command is told otherwise, in the site folder: a folder a
     * site's .gitignore already leaves out.
     */
    static final String DEFAULT_FOLDER = "target/haven-cache";

    /** The most packs a list holds before a build copies the entries of all but the first into one. */
    private static final int MOST_PACKS = 8;

    private static final byte[] MAGIC = "haven-cache-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = CachePack.KEY_BYTES;
    private static final int HEADER = MAGIC.length + KEY_BYTES + Integer.BYTES + Long.BYTES;
    /**
     * A list or note being written ({@code entries.list.part-PID-N}, {@code sources-seen.part-PID-N}),
     * a file of the cache's second layout (one pack, {@code entries.pack}) or an entry of its first,
     * a file of its own.
     */
    private static final Pattern LEFT_BEHIND =
            Pattern.compile("(?:" + Pattern.quote(CachePacks.LIST) + "|entries\\.pack|"
                    + Pattern.quote(SourcesSeen.FILE) + ")\\.part-(\\d+)-\\d+|entries\\.pack(?:\\.next)?|[0-9a-f]{62}");

    /** The packs still being written, by folder: a build of the same folder waits for its own to be in place. */
    private static final Map<Path, CompletableFuture<Void>> WRITING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BuildCache::waitForEveryPack, "haven-cache"));
    }

    private final Path folder;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger madeCount = new AtomicInteger();
    private volatile CachePacks last;
    /** The entries of the last build's packs this build read or kept, by key. */
    private final Map<String, Location> used = new ConcurrentHashMap<>();
    /** What this build made, in its own pack file. */
    private CachePack.Writer made;
    /** Why this build could keep nothing for the next: the folder or its pack could not be made. */
    private volatile IOException notKept;

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

    /** Whether this cache keeps anything (not with {@code --no-cache}). */
    boolean keeps() {
        return folder != null;
    }

    /** Whether an earlier build left entries here; a build that may reuse them need not start Asciidoctor at once. */
    boolean holdsEntries() {
        return folder != null && CacheFiles.isPlain(folder.resolve(CachePacks.LIST));
    }

    /** How the last build into this cache saw the site's files (see {@link SourcesSeen}); none when it left no note. */
    SourcesSeen lastSeen() {
        if (folder == null) return SourcesSeen.none();
        try {
            return CacheFiles.text(folder.resolve(SourcesSeen.FILE))
                    .map(SourcesSeen::read)
                    .orElse(SourcesSeen.none());
        } catch (RuntimeException e) {
            return SourcesSeen.none();
        }
    }

    /** Notes how this build saw the site's files, for the next build's hint; one that cannot be noted is no hint. */
    void saw(SourcesSeen seen) {
        // Only beside entries: a folder without the marker is not Haven's to write in.
        if (folder == null || seen.asNoted() || !CacheFiles.isPlain(folder.resolve(MARKER))) return;
        try {
            CacheFiles.replace(folder.resolve(SourcesSeen.FILE), seen.text());
        } catch (IOException | RuntimeException e) {
            // Only the next build's JRuby starts later.
        }
    }

    /** The entry's contents, or empty when there is none or it could not be trusted. */
    Optional<byte[]> read(CacheKey key) {
        if (folder == null) return Optional.empty();
        String hex = key.hex();
        Optional<Location> kept = last().location(hex);
        Optional<ByteBuffer> entry = kept.map(Location::bytes).or(() -> madeEntry(hex));
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

    /** Whether an entry is kept under the key, without reading it: whether it can be trusted shows only when it is. */
    boolean holds(CacheKey key) {
        if (folder == null) return false;
        String hex = key.hex();
        return last().location(hex).isPresent() || madeEntry(hex).isPresent();
    }

    /** Keeps an entry of an earlier build that this build did not need to read, for a later build that may. */
    void retain(CacheKey key) {
        if (folder != null) last().location(key.hex()).ifPresent(location -> used.putIfAbsent(key.hex(), location));
    }

    /** Keeps an entry; a cache that cannot be written only makes the next build slower. */
    void write(CacheKey key, byte[] contents) {
        if (folder == null) return;
        Optional<CachePack.Writer> writer = writer();
        if (writer.isPresent() && writer.get().add(key.hex(), entry(key, contents))) madeCount.incrementAndGet();
    }

    /**
     * Why this build could keep nothing for the next (its folder or pack could not be made), as a
     * sentence for the person building; empty when it kept what it made.
     */
    public Optional<String> whyNothingKept() {
        IOException failure = notKept;
        if (failure == null) return Optional.empty();
        return Optional.of(
                "The build cache could not be kept in " + folder + " (" + reason(failure)
                        + "): the site was built in full, but nothing this build made was kept, "
                        + "so the next build will make it again.\n"
                        + "Fix: give the cache a folder you may write to with --cache DIR, or build without it with --no-cache.");
    }

    /** Why a folder or file could not be made, in the words of the person building. */
    private static String reason(IOException failure) {
        if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException)
            return "a file is in the way of that folder";
        if (failure instanceof AccessDeniedException) return "you may not write there";
        if (failure instanceof FileSystemException system && system.getReason() != null) return system.getReason();
        return String.valueOf(failure.getMessage());
    }

    /**
     * Once {@code made} is done (the last entries of a build are made alongside the writing of
     * the site), lists this build's pack on a thread of its own. With {@code forgetTheRest}, as
     * after a build that succeeded, the entries this build did not use count as room to win back;
     * else (a failed build, a preview) every entry is kept.
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
        CachePacks previous = lastPacks();
        boolean allUsed = used.size() == previous.locations().size() && dropped.get() == 0;
        if (made == null && (allUsed || !forgetTheRest)) return;
        Map<String, Location> kept = new LinkedHashMap<>(forgetTheRest ? used : previous.locations());
        long madeBytes = made == null ? 0 : made.size();
        long keptBytes =
                madeBytes + kept.values().stream().mapToLong(Location::length).sum();
        boolean wasteful = keptBytes * 2 < previous.size() + madeBytes;
        boolean tooMany = previous.packCount() >= MOST_PACKS;
        if (made == null && !wasteful && !tooMany) return;
        Optional<CachePack.Writer> opened = writer();
        if (opened.isEmpty()) return;
        CachePack.Writer writing = opened.get();
        made = null;
        last = null;
        used.clear();
        List<String> listed = previous.names();
        try {
            List<String> next;
            if (wasteful) {
                writing.finish(kept);
                next = List.of(writing.name());
            } else if (tooMany) {
                // The first pack, which holds most of the entries, stays; the later ones become one.
                kept.values().removeIf(location -> location.pack() == previous.first());
                writing.finish(kept);
                next = List.of(previous.first().name(), writing.name());
            } else {
                writing.finish(Map.of());
                next = previous.namesWith(writing.name());
            }
            CachePacks.list(folder, next);
            listed = next;
        } catch (IOException | UncheckedIOException e) {
            writing.discard();
        } finally {
            writing.release();
        }
        deleteLeftBehind(listed);
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

    /** Every entry of the packs in {@code folder} as it is stored, by key, for tests that damage one. */
    static Map<String, byte[]> storedEntries(Path folder) {
        waitForWriting(folder.toAbsolutePath().normalize());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        CachePacks.open(folder).locations().forEach((key, location) -> entries.put(key, bytesOf(location.bytes())));
        return entries;
    }

    /** The files of the packs {@code folder} lists, oldest first, for tests that damage one. */
    static List<Path> packFiles(Path folder) {
        waitForWriting(folder.toAbsolutePath().normalize());
        return CachePacks.listed(folder).stream().map(folder::resolve).toList();
    }

    /** The entry stored under {@code key}, as it is stored, once any pack being written is in place. */
    byte[] storedEntry(String key) {
        return last().location(key).map(location -> bytesOf(location.bytes())).orElse(null);
    }

    private static byte[] bytesOf(ByteBuffer entry) {
        byte[] bytes = new byte[entry.remaining()];
        entry.duplicate().get(bytes);
        return bytes;
    }

    /** Writes {@code entries} (each as {@link #entry} makes it, or damaged) as the one pack of {@code folder}. */
    static void storeEntries(Path folder, Map<String, byte[]> entries) {
        waitForWriting(folder.toAbsolutePath().normalize());
        CachePack.Writer writer = CachePack.Writer.in(folder, CachePacks.newPackName());
        try {
            entries.forEach(writer::add);
            writer.finish(Map.of());
            CachePacks.list(folder, List.of(writer.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.release();
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

    /** The packs the last build left (while this cache lists its own, those once it has). */
    private CachePacks last() {
        CachePacks packs = last;
        return packs != null ? packs : lastPacks();
    }

    private synchronized CachePacks lastPacks() {
        if (last == null) last = CachePacks.open(folder);
        return last;
    }

    private synchronized Optional<ByteBuffer> madeEntry(String key) {
        return made == null ? Optional.empty() : made.entry(key);
    }

    /** This build's pack, made with the folder at the first entry; none once the folder or a pack could not be made. */
    private synchronized Optional<CachePack.Writer> writer() {
        if (made == null && notKept == null) {
            try {
                Files.createDirectories(folder);
                Path marker = folder.resolve(MARKER);
                if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS))
                    Files.writeString(
                            marker,
                            "Haven's build cache: what earlier builds made, reused by the next. Safe to delete.\n",
                            StandardCharsets.UTF_8);
                made = CachePack.Writer.in(folder, CachePacks.newPackName());
            } catch (IOException e) {
                notKept = e;
            } catch (UncheckedIOException e) {
                notKept = e.getCause();
            }
        }
        return Optional.ofNullable(made);
    }

    /**
     * Packs no list names that no running build is writing (a build that stopped halfway, or
     * a list replaced), lists being written by builds that stopped, and the files of the cache's
     * earlier layouts.
     */
    private void deleteLeftBehind(List<String> listed) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> isLeftBehind(file, listed))
                    .forEach(BuildCache::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // Left behind, they take room, nothing more.
        }
    }

    private static boolean isLeftBehind(Path file, List<String> listed) {
        String name = file.getFileName().toString();
        Optional<Long> packWriter = CachePacks.writerOf(name);
        if (packWriter.isPresent()) {
            if (listed.contains(name) || CachePack.Writer.isOpen(file)) return false;
            return packWriter.get() == ProcessHandle.current().pid() || hasEnded(packWriter.get());
        }
        var matcher = LEFT_BEHIND.matcher(name);
        if (!matcher.matches()) return false;
        return matcher.group(1) == null || hasEnded(Long.parseLong(matcher.group(1)));
    }

    private static boolean hasEnded(long process) {
        return ProcessHandle.of(process).isEmpty();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Tried again by the next build.
        }
    }
}
