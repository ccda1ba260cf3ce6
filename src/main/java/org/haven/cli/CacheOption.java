package org.haven.cli;

import java.nio.file.Path;
import org.haven.bake.BuildCache;
import org.haven.bake.OutputPlace;
import picocli.CommandLine.Option;

/** {@code --cache DIR} and {@code --no-cache}, shared by the commands that build. */
final class CacheOption {
    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Where to keep what a build makes, for the next build to reuse. Safe to delete. "
                    + "Default: target/haven-cache in the site folder.")
    private Path folder;

    @Option(names = "--no-cache", description = "Build every page afresh, and keep nothing for the next build.")
    private boolean none;

    BuildCache cache(Path siteRoot) {
        if (none) return BuildCache.none();
        return BuildCache.in(folder(siteRoot, folder));
    }

    /** The cache for a build into {@code output}, which may neither hold it nor lie inside it: a build replaces its output. */
    BuildCache cache(Path siteRoot, Path output) {
        if (none) return BuildCache.none();
        Path cache = folder(siteRoot, folder);
        if (cache.startsWith(output) || output.startsWith(cache)) {
            throw new UsageException("The build cache " + cache + " and the output folder " + output
                    + " overlap, and a build replaces everything in its output folder.\n"
                    + "Fix: give the cache a folder of its own with --cache DIR, or build without it with --no-cache.");
        }
        return BuildCache.in(cache);
    }

    /** A cache that could not be kept slows only the next build: the person building is told why, and the command still succeeds. */
    static void sayIfNothingKept(BuildCache cache) {
        cache.whyNothingKept().ifPresent(why -> System.err.println("haven: " + why));
    }

    /**
     * The cache folder, {@code asked} or else the default; like an output folder, never one of
     * the site's own folders, the repository or home.
     */
    static Path folder(Path siteRoot, Path asked) {
        return OutputPlace.choose(siteRoot, asked, Path.of(System.getProperty("user.home")), OutputPlace.Use.CACHE);
    }
}
