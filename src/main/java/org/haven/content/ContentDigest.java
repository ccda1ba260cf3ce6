package org.haven.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest Haven names things by (texts it has read, cache entries, CI findings): SHA-512/256,
 * a SHA-2 digest as strong as SHA-256 and as long. It works on 64-bit words, so it is the faster
 * of the two under the quick (C1) compiler Haven runs with, which has no SHA instructions for
 * either; a build of a large site digests every page's text and every template's model.
 */
public final class ContentDigest {
    private ContentDigest() {}

    /** A new digest to feed. */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("SHA-512/256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 has SHA-512/256", e);
        }
    }

    /** The digest of {@code text} as UTF-8, in lower-case hex. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(start().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
