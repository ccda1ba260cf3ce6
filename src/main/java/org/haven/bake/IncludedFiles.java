package org.haven.bake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a page pulls in with {@code include::}, followed through their own includes, each
 * with what decides how it is converted: where it really is (a link may lead elsewhere) and
 * its bytes. A page's conversion is reused only while these stay the same, so an edit to a
 * shared partial shows on every page that includes it.
 */
final class IncludedFiles {
    private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\s]+)\\[");
    private static final int DEEPEST = 16;
    private static final String MISSING = "missing";

    private IncludedFiles() {}

    /**
     * Each included file (by its path) with where it really is and its bytes, or "missing".
     * Empty when an include cannot be followed here: a file named with an attribute, a URL or
     * an absolute path, or one outside {@code siteRoot}.
     */
    static Optional<Map<String, String>> of(Path page, String text, Path siteRoot) {
        Map<String, String> found = new TreeMap<>();
        return collect(page.getParent(), text, siteRoot, found, 0) ? Optional.of(found) : Optional.empty();
    }

    private static boolean collect(Path folder, String text, Path siteRoot, Map<String, String> found, int depth) {
        if (depth > DEEPEST || !text.contains("include::")) return true;
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            String target = include.group(1);
            if (target.contains("{") || target.contains("://") || target.startsWith("/") || target.startsWith("\\"))
                return false;
            Path file = folder.resolve(target).normalize();
            if (!file.startsWith(siteRoot)) return false;
            if (found.containsKey(file.toString())) continue;
            Optional<byte[]> bytes = read(file);
            found.put(
                    file.toString(),
                    bytes.map(b -> realPath(file) + "\n" + new String(b, StandardCharsets.ISO_8859_1))
                            .orElse(MISSING));
            if (bytes.isPresent() && !collect(file.getParent(), utf8(bytes.get()), siteRoot, found, depth + 1))
                return false;
        }
        return true;
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String realPath(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toString();
        }
    }

    /** A file that is not UTF-8 is refused by the include itself; here it has no includes to follow. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
