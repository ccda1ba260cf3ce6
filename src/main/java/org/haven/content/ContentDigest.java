package org.haven.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The digest Haven names what it made by (texts it has read, cache entries, template models):
 * SipHash-2-4 with its 128-bit output, under a fixed key. A build of a large site digests every
 * page's text and every template's model, tens of megabytes; SipHash does that several times
 * faster than SHA-2 under the quick (C1) compiler Haven runs with, which has no SHA instructions,
 * while 128 bits leave no real chance of two inputs sharing a name. Fed in pieces, it digests
 * the bytes of all the pieces run together.
 *
 * @see <a href="https://www.aumasson.jp/siphash/siphash.pdf">SipHash: a fast short-input PRF</a>
 */
public final class ContentDigest {
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long KEY_0 = 0x6e65766168L;
    private static final long KEY_1 = 0x7473656769642dL;

    private long v0;
    private long v1;
    private long v2;
    private long v3;
    /** The bytes not yet digested: fewer than a word's eight, little end first. */
    private long tail;

    private int tailLength;
    /** How many bytes were fed; the last of them are in {@link #tail}. */
    private long length;

    ContentDigest(long key0, long key1) {
        v0 = key0 ^ 0x736f6d6570736575L;
        v1 = key1 ^ 0x646f72616e646f6dL ^ 0xee;
        v2 = key0 ^ 0x6c7967656e657261L;
        v3 = key1 ^ 0x7465646279746573L;
    }

    /** A new digest to feed. */
    public static ContentDigest start() {
        return new ContentDigest(KEY_0, KEY_1);
    }

    /** The digest of {@code text} as UTF-8, in lower-case hex. */
    public static String hex(String text) {
        return start().update(text.getBytes(StandardCharsets.UTF_8)).hex();
    }

    public ContentDigest update(byte b) {
        tail |= (b & 0xffL) << (8 * tailLength);
        length++;
        if (++tailLength == Long.BYTES) {
            compress(tail);
            tail = 0;
            tailLength = 0;
        }
        return this;
    }

    /** Four bytes, the high one first. */
    public ContentDigest update(int number) {
        return update((byte) (number >>> 24))
                .update((byte) (number >>> 16))
                .update((byte) (number >>> 8))
                .update((byte) number);
    }

    public ContentDigest update(byte[] bytes) {
        int at = 0;
        while (tailLength != 0 && at < bytes.length) update(bytes[at++]);
        for (; at + Long.BYTES <= bytes.length; at += Long.BYTES) {
            compress((long) WORD.get(bytes, at));
            length += Long.BYTES;
        }
        while (at < bytes.length) update(bytes[at++]);
        return this;
    }

    /** The 16 bytes of the digest in lower-case hex; the digest takes nothing more after it. */
    public String hex() {
        byte[] out = new byte[16];
        compress(tail | (length << 56));
        v2 ^= 0xee;
        WORD.set(out, 0, finalRounds());
        v1 ^= 0xdd;
        WORD.set(out, Long.BYTES, finalRounds());
        return HexFormat.of().formatHex(out);
    }

    private long finalRounds() {
        for (int i = 0; i < 4; i++) round();
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private void compress(long word) {
        v3 ^= word;
        round();
        round();
        v0 ^= word;
    }

    private void round() {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13);
        v1 ^= v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17);
        v1 ^= v2;
        v2 = Long.rotateLeft(v2, 32);
    }
}
