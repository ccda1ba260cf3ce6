package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a built site may go. A build replaces everything in its output folder, so the folder
 * may not be, hold or lie inside the site's own folders or the repository's history, and may
 * not be or hold the site folder, the repository or the user's home folder (it may lie inside
 * them, as target/site does). Paths are compared after following links, so a link cannot
 * disguise one of them. Not even --force goes past these.
 */
public final class OutputPlace {
    private static final List<String> SITE_FOLDERS = List.of("content", "data", "templates", "assets");

    /** A folder that must survive every build; {@code mayHoldOutput} when the output may lie inside it. */
    private record Kept(Path path, String what, boolean mayHoldOutput) {}

    /** What the folder is for, as a refusal names it, and the option that moves it. */
    public record Use(String doing, String because, String option, String usual, String afterFix) {
        public static final Use OUTPUT = new Use(
                "write the site to",
                "A build replaces everything in its output folder",
                "--output",
                "target/site",
                " --force does not change this.");
        public static final Use CACHE = new Use(
                "keep the build cache in",
                "A build writes and deletes files in its cache folder",
                "--cache",
                BuildCache.DEFAULT_FOLDER,
                " Or build without it: --no-cache.");
    }

    private OutputPlace() {}

    /**
     * The real path of the folder {@code asked} for the site in {@code siteRoot}'s output or cache,
     * or of the use's usual folder in the site when none was asked for ({@code null}).
     *
     * @throws OutputRefusedException when a build there would delete something that must be kept
     */
    public static Path choose(Path siteRoot, Path asked, Path home, Use use) {
        Path output = real(asked == null ? siteRoot.resolve(use.usual) : asked);
        List<Kept> kept = kept(real(siteRoot), real(home));
        Optional<String> refusal = kept.stream()
                .filter(k -> output.equals(k.path()))
                .map(k -> "is " + k.what())
                .findFirst()
                .or(() -> kept.stream()
                        .map(k -> overlap(output, k))
                        .flatMap(Optional::stream)
                        .findFirst());
        refusal.ifPresent(reason -> {
            throw new OutputRefusedException("Haven will not " + use.doing + " " + output + ": that folder " + reason
                    + ". " + use.because + ", so those files would be lost.\n"
                    + "Fix: give it a folder of its own, e.g. " + use.option + " "
                    + real(siteRoot).resolve(use.usual)
                    + "." + use.afterFix);
        });
        return output;
    }

    private static Optional<String> overlap(Path output, Kept kept) {
        if (kept.path().startsWith(output)) return Optional.of("holds " + kept.what() + " (" + kept.path() + ")");
        if (output.startsWith(kept.path()) && !kept.mayHoldOutput())
            return Optional.of("lies inside " + kept.what() + " (" + kept.path() + ")");
        return Optional.empty();
    }

    private static List<Kept> kept(Path site, Path home) {
        List<Kept> kept = new ArrayList<>();
        kept.add(new Kept(site, "the site folder", true));
        for (String folder : SITE_FOLDERS) {
            kept.add(new Kept(real(site.resolve(folder)), "the site's " + folder + "/ folder", false));
        }
        repository(site).ifPresent(repository -> {
            kept.add(new Kept(repository, "the git repository the site is in", true));
            kept.add(new Kept(real(repository.resolve(".git")), "the repository's history (.git)", false));
        });
        kept.add(new Kept(home, "your home folder", true));
        return kept;
    }

    /** The folder holding {@code .git} at or above the site folder. */
    private static Optional<Path> repository(Path site) {
        for (Path folder = site; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) return Optional.of(folder);
        }
        return Optional.empty();
    }

    /** The path with every link in it followed, for the part that exists; the rest as written. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
