package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code haven clean}: removes the build cache and the built site, each only where Haven can
 * tell it made the folder ({@link BuildCache#MARKER}, {@link SiteManifest#FILE} listing every
 * file in it); any other folder is left as it is, with the reason.
 */
public final class Cleaning {
    private Cleaning() {}

    /** What became of one folder: {@code removed}, left for {@code whyLeft}, or neither when there was none. */
    public record Outcome(Path folder, String what, boolean removed, String whyLeft) {}

    public static Outcome cache(Path folder) {
        return clean(
                folder,
                "the build cache",
                Files.isRegularFile(folder.resolve(BuildCache.MARKER), LinkOption.NOFOLLOW_LINKS)
                        ? null
                        : "it has no " + BuildCache.MARKER + " file, so Haven did not make it");
    }

    public static Outcome site(Path folder) {
        String whyLeft = null;
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            List<String> others = Files.isRegularFile(folder.resolve(SiteManifest.FILE), LinkOption.NOFOLLOW_LINKS)
                    ? SiteManifest.notWrittenByHaven(folder)
                    : List.of(SiteManifest.FILE + " (the list of files Haven wrote)");
            if (!others.isEmpty())
                whyLeft = "it holds files Haven did not write ("
                        + String.join(", ", others.subList(0, Math.min(3, others.size())))
                        + (others.size() > 3 ? " and " + (others.size() - 3) + " more" : "")
                        + ")";
        }
        return clean(folder, "the built site", whyLeft);
    }

    private static Outcome clean(Path folder, String what, String whyLeft) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return new Outcome(folder, what, false, null);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS))
            return new Outcome(
                    folder, what, false, "it is not a folder but a file or a link, so Haven did not make it");
        if (whyLeft != null) return new Outcome(folder, what, false, whyLeft);
        try {
            OutputWriter.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(folder, what, true, null);
    }
}
