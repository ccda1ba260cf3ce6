package org.haven.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Haven's digest is SipHash-2-4 with 128-bit output: the same bytes as the reference
 * implementation's test vectors (github.com/veorq/SipHash, vectors.h), however it is fed.
 */
class ContentDigestTest {
    /** The reference's key 00 01 … 0f, and its message 00 01 … of each length given, with the digest it gives. */
    private static final Map<Integer, String> REFERENCE = new TreeMap<>(Map.of(
            0, "a3817f04ba25a8e66df67214c7550293",
            1, "da87c1d86b99af44347659119b22fc45",
            7, "a1f1ebbed8dbc153c0b84aa61ff08239",
            8, "3b62a9ba6258f5610f83e264f31497b4",
            9, "264499060ad9baabc47f8b02bb6d71ed",
            15, "5493e99933b0a8117e08ec0f97cfc3d9",
            16, "6ee2a4ca67b054bbfd3315bf85230577",
            31, "2939b0183223fafc1723de4f52c43d35",
            63, "5150d1772f50834a503e069a973fbd7c"));

    private static final long REFERENCE_KEY_0 = 0x0706050403020100L;
    private static final long REFERENCE_KEY_1 = 0x0f0e0d0c0b0a0908L;

    @Test
    void givesTheReferenceDigestsWhenFedAtOnce() {
        REFERENCE.forEach((length, expected) -> assertEquals(
                expected,
                new ContentDigest(REFERENCE_KEY_0, REFERENCE_KEY_1)
                        .update(message(length))
                        .hex(),
                "message of " + length + " bytes"));
    }

    @Test
    void givesTheReferenceDigestsWhenFedInPiecesOfEveryLength() {
        REFERENCE.forEach((length, expected) -> {
            byte[] message = message(length);
            for (int split = 0; split <= length; split++) {
                ContentDigest digest = new ContentDigest(REFERENCE_KEY_0, REFERENCE_KEY_1)
                        .update(Arrays.copyOfRange(message, 0, split));
                for (int at = split; at < length; at++) digest.update(message[at]);
                assertEquals(expected, digest.hex(), length + " bytes, split after " + split);
            }
        });
    }

    @Test
    void aNumberIsItsFourBytesHighFirst() {
        assertEquals(
                ContentDigest.start()
                        .update(new byte[] {0x12, 0x34, 0x56, 0x78})
                        .hex(),
                ContentDigest.start().update(0x12345678).hex());
    }

    @Test
    void aTextIsDigestedAsItsUtf8Bytes() {
        String text = "Call 0161 217 6028 — Café, ŵ, 😀\n";
        assertEquals(
                ContentDigest.start()
                        .update(text.getBytes(StandardCharsets.UTF_8))
                        .hex(),
                ContentDigest.hex(text));
    }

    @Test
    void texts5KiBLongThatDifferInOneBitHaveDifferentDigests() {
        byte[] text = new byte[5120];
        new Random(7).nextBytes(text);
        String original = ContentDigest.start().update(text).hex();
        for (int bit = 0; bit < text.length * 8; bit += 997) {
            byte[] changed = text.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));
            assertNotEquals(original, ContentDigest.start().update(changed).hex(), "bit " + bit);
        }
    }

    private static byte[] message(int length) {
        byte[] message = new byte[length];
        for (int i = 0; i < length; i++) message[i] = (byte) i;
        return message;
    }
}
