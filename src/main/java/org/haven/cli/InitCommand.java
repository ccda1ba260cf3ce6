package org.haven.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.haven.content.FillIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code haven init DIR}: a new partnership's site, its settings and first pages as drafts marked
 * FILL IN where the partnership must write, and the files that publish it on every push. It
 * writes only into a new or empty folder, so it can never overwrite anyone's work.
 */
@Command(
        name = "init",
        description =
                "Start a new partnership's site in a new or empty folder: its settings, first pages "
                        + "(drafts, with FILL IN where you must write) and the files that publish it from GitHub or GitLab on every push.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder for the new site; it must be new or empty.")
    private Path folder;

    @Override
    public Integer call() throws IOException {
        Path site = folder.toAbsolutePath().normalize();
        refuseAnythingButAnEmptyFolder(site);
        List<SiteSkeleton.SkeletonFile> files = SiteSkeleton.files();
        for (SiteSkeleton.SkeletonFile file : files) {
            Path target = site.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        System.out.println("Wrote a new site in " + folder + ": " + Console.count(files.size(), "file") + ".");
        System.out.println("Next:");
        System.out.println(
                "  1. In " + folder + ", run: haven serve   It shows the site, and its content report lists every '"
                        + FillIn.MARK + "' left.");
        System.out.println("  2. Write your own words in place of every '" + FillIn.MARK
                + "': data/site.yaml first, then each page.");
        System.out.println(
                "  3. When a page has none left, change ':jbake-status: draft' to ':jbake-status: published'.");
        System.out.println(
                "  4. Put the folder in its own GitHub or GitLab repository, and set HAVEN_ZIP_URL at the top of");
        System.out.println(
                "     .github/workflows/publish.yml or .gitlab-ci.yml: every push to main then publishes the site.");
        return Main.DONE;
    }

    private void refuseAnythingButAnEmptyFolder(Path site) {
        if (Files.exists(site) && !Files.isDirectory(site)) {
            throw new UsageException(folder + " is a file, not a folder. Give the name of a new folder for the site.");
        }
        if (!Files.isDirectory(site)) return;
        try (Stream<Path> inside = Files.list(site)) {
            if (inside.findAny().isPresent()) {
                throw new UsageException(
                        folder + " is not empty. haven init writes a new site only into a new or empty folder, "
                                + "so that nothing already there is overwritten. Give the name of a new folder, such as: haven init my-partnership-site");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
