package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pack file of the build cache, written once and never changed: the entries one after
 * another, then an index (each entry's key, where it starts and its length) and a footer saying
 * where the index starts. It is read by mapping it into memory; a pack that is missing, cut short
 * or not Haven's reads as empty.
 */
final class CachePack {
    static final int KEY_BYTES = 32;
    private static final byte[] MAGIC = "haven-pack-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int INDEX_ROW = KEY_BYTES + Long.BYTES + Integer.BYTES;
    private static final int FOOTER = Long.BYTES + Integer.BYTES + MAGIC.length;
    private static final CachePack EMPTY = new CachePack("", ByteBuffer.allocate(0));

    private final String name;
    private final ByteBuffer bytes;
    private final Map<String, Location> index = new HashMap<>();

    /** Where one entry is stored: in which pack, from where and how long. */
    record Location(CachePack pack, long offset, int length) {
        ByteBuffer bytes() {
            return pack.bytes.slice((int) offset, length);
        }
    }

    private CachePack(String name, ByteBuffer bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    static CachePack open(Path file) {
        if (!CacheFiles.isPlain(file)) return EMPTY;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            if (size < MAGIC.length + FOOTER || size > Integer.MAX_VALUE) return EMPTY;
            CachePack pack =
                    new CachePack(file.getFileName().toString(), channel.map(FileChannel.MapMode.READ_ONLY, 0, size));
            return pack.readIndex() ? pack : EMPTY;
        } catch (IOException | UncheckedIOException e) {
            return EMPTY;
        }
    }

    private boolean readIndex() {
        int size = bytes.limit();
        byte[] magic = new byte[MAGIC.length];
        bytes.get(size - MAGIC.length, magic);
        long indexStart = bytes.getLong(size - FOOTER);
        int count = bytes.getInt(size - FOOTER + Long.BYTES);
        if (!Arrays.equals(magic, MAGIC)
                || count < 0
                || indexStart < MAGIC.length
                || indexStart + (long) count * INDEX_ROW != size - FOOTER) return false;
        for (int row = 0; row < count; row++)
            if (!readRow((int) indexStart + row * INDEX_ROW, indexStart)) return false;
        return true;
    }

    /**
     * One row of the index, false if it points outside the entries. A method of its own so that
     * it is compiled after a few hundred rows, where a loop in a method run once is compiled only
     * after tens of thousands of rounds: a large site's pack has that many rows, each of which
     * the interpreter would read.
     */
    private boolean readRow(int at, long indexStart) {
        byte[] key = new byte[KEY_BYTES];
        bytes.get(at, key);
        long offset = bytes.getLong(at + KEY_BYTES);
        int length = bytes.getInt(at + KEY_BYTES + Long.BYTES);
        if (offset < MAGIC.length || length < 0 || offset + length > indexStart) return false;
        index.put(new String(key, StandardCharsets.US_ASCII), new Location(this, offset, length));
        return true;
    }

    /** The file's name, empty for a pack that could not be read. */
    String name() {
        return name;
    }

    /** Each entry's location, by key. */
    Map<String, Location> locations() {
        return index;
    }

    /** The bytes the file takes. */
    long size() {
        return bytes.limit();
    }

    /** A pack being written: entries appended as they are made, from any thread. */
    static final class Writer {
        /** The packs this process is writing, which no build of it may take as left behind. */
        private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

        private final Path file;
        private final FileChannel channel;
        private final Map<String, Span> written = new LinkedHashMap<>();
        private long end;

        private record Span(long offset, int length) {}

        private Writer(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        /** A new pack in {@code folder}, under a name no other pack has had. */
        static Writer in(Path folder, String name) {
            Path file = folder.resolve(name);
            OPEN.add(file);
            try {
                Writer writer = new Writer(
                        file,
                        FileChannel.open(
                                file,
                                StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.READ,
                                StandardOpenOption.WRITE));
                writer.append(ByteBuffer.wrap(MAGIC));
                return writer;
            } catch (IOException e) {
                OPEN.remove(file);
                throw new UncheckedIOException(e);
            }
        }

        static boolean isOpen(Path file) {
            return OPEN.contains(file);
        }

        String name() {
            return file.getFileName().toString();
        }

        /** The bytes its entries take so far. */
        synchronized long size() {
            return end;
        }

        /** Whether the entry was added (not when one is already there, or the disk refused it). */
        synchronized boolean add(String key, byte[] entry) {
            if (written.containsKey(key)) return false;
            long at = end;
            try {
                append(ByteBuffer.wrap(entry));
                written.put(key, new Span(at, entry.length));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        synchronized Optional<ByteBuffer> entry(String key) {
            Span span = written.get(key);
            if (span == null) return Optional.empty();
            ByteBuffer entry = ByteBuffer.allocate(span.length());
            try {
                while (entry.hasRemaining())
                    if (channel.read(entry, span.offset() + entry.position()) < 0) return Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(entry.flip());
        }

        /** Copies in the {@code carried} entries of other packs not made again, then writes the index and footer. */
        synchronized void finish(Map<String, Location> carried) throws IOException {
            for (Map.Entry<String, Location> entry : carried.entrySet()) {
                if (written.containsKey(entry.getKey())) continue;
                long at = end;
                append(entry.getValue().bytes());
                written.put(entry.getKey(), new Span(at, entry.getValue().length()));
            }
            ByteBuffer index = ByteBuffer.allocate(written.size() * INDEX_ROW + FOOTER);
            written.forEach((key, span) -> index.put(key.getBytes(StandardCharsets.US_ASCII))
                    .putLong(span.offset())
                    .putInt(span.length()));
            index.putLong(end).putInt(written.size()).put(MAGIC).flip();
            append(index);
            close();
        }

        synchronized void discard() {
            try {
                close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Deleted by a later build as left behind.
            }
        }

        /** Once the pack is listed, or discarded: a build of this process may now take it as left behind if no list names it. */
        void release() {
            OPEN.remove(file);
        }

        private void close() throws IOException {
            channel.close();
        }

        private void append(ByteBuffer buffer) throws IOException {
            while (buffer.hasRemaining()) end += channel.write(buffer, end);
        }
    }
}
