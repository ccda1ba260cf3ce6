package org.haven.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code .haven-site}, the list of files Haven wrote, left in the output folder. A build
 * replaces the output folder only when everything in it is on that list (or it is empty), so a
 * folder of someone's other files, or a file added to the site by hand, is never deleted unasked.
 */
final class SiteManifest {
    static final String FILE = ".haven-site";
    private static final String HEADING =
            "# Haven wrote this folder and these files. A build changes them, and refuses to if the folder holds files not listed here.\n";
    /** Files an operating system leaves in any folder it shows; deleting them loses nothing. */
    private static final Set<String> SYSTEM_CLUTTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private SiteManifest() {}

    static byte[] of(Collection<String> paths) {
        StringBuilder text = new StringBuilder(HEADING);
        paths.stream().sorted().forEach(path -> text.append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The list as it stands in {@code folder}, byte for byte; null when there is none. */
    static byte[] in(Path folder) {
        try {
            return Files.readAllBytes(folder.resolve(FILE));
        } catch (IOException e) {
            return null;
        }
    }

    /** The files in {@code folder} that Haven did not write, sorted. */
    static List<String> notWrittenByHaven(Path folder) {
        return notWrittenByHaven(folder, OutputContents.of(folder));
    }

    /** Of the files {@code folder} holds, as {@code contents} found them, those Haven did not write, sorted. */
    static List<String> notWrittenByHaven(Path folder, OutputContents contents) {
        Set<String> written = written(folder.resolve(FILE));
        return contents.sizes().keySet().stream()
                .filter(path -> !path.equals(FILE) && !written.contains(path))
                .filter(path -> !SYSTEM_CLUTTER.contains(path.substring(path.lastIndexOf('/') + 1)))
                .sorted()
                .toList();
    }

    private static Set<String> written(Path manifest) {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return Set.of();
        try {
            Set<String> paths = new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
            paths.removeIf(line -> line.startsWith("#"));
            return paths;
        } catch (IOException e) {
            return Set.of();
        }
    }
}
