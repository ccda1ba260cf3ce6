package org.haven.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a page pulls in with {@code include::}, followed through their own includes, with
 * their text. {@code serve} keeps a page's conversion only while these stay the same, so an
 * edit to a shared partial shows on every page that includes it.
 */
final class IncludedFiles {
    private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\s]+)\\[");
    private static final int DEEPEST = 16;

    private IncludedFiles() {}

    /**
     * Each included file (by its path) with its text, empty for a file that is not there.
     * Empty when an include names its file with an attribute or a URL, which cannot be followed here.
     */
    static Optional<Map<String, String>> of(Path page, String text) {
        Map<String, String> found = new TreeMap<>();
        return collect(page.getParent(), text, found, 0) ? Optional.of(found) : Optional.empty();
    }

    private static boolean collect(Path folder, String text, Map<String, String> found, int depth) {
        if (depth > DEEPEST) return true;
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            String target = include.group(1);
            if (target.contains("{") || target.contains("://")) return false;
            Path file = folder.resolve(target).normalize();
            if (found.containsKey(file.toString())) continue;
            String included = read(file);
            found.put(file.toString(), included);
            if (!collect(file.getParent(), included, found, depth + 1)) return false;
        }
        return true;
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
