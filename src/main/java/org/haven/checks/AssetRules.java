package org.haven.checks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.haven.problems.Problems;

/**
 * Files in a site's {@code assets/} that could run a program on the site's own address: a
 * script, or a web page or drawing that carries one. The theme's scripts (under
 * {@code assets/theme/}, where a site may replace them) are the only scripts a site publishes,
 * so a page cannot load one from {@code /files/} nor a visitor be sent to one.
 */
public final class AssetRules {
    private static final Set<String> RUNNABLE = Set.of("js", "mjs", "html", "htm", "xhtml", "shtml", "xht");
    private static final Pattern SCRIPT_IN_DRAWING =
            Pattern.compile("<script|<foreignObject|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    private AssetRules() {}

    /** @param path the file's path under {@code assets/} */
    public static boolean check(String path, byte[] content, Problems problems) {
        if (path.startsWith("theme/")) return true;
        String extension = extensionOf(path);
        if (RUNNABLE.contains(extension)) {
            problems.error(
                    "assets/" + path,
                    0,
                    "A ." + extension + " file in assets/ could run a program on this site's address,"
                            + " and Haven publishes only the theme's scripts.",
                    "Remove it. To share a document, save it as PDF or, better, write it as a page.");
            return false;
        }
        if (extension.equals("svg")
                && SCRIPT_IN_DRAWING
                        .matcher(new String(content, StandardCharsets.UTF_8))
                        .find()) {
            problems.error(
                    "assets/" + path,
                    0,
                    "The drawing holds a script or an event handler, which would run if someone opened it.",
                    "Save the drawing again without scripts (for example export it as a plain SVG), or use a PNG.");
            return false;
        }
        return true;
    }

    private static String extensionOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/')
                ? ""
                : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
