package org.haven.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command that works on a site. */
final class SiteOption {
    @Option(
            names = "--source",
            paramLabel = "DIR",
            description =
                    "The site folder (the one holding content/ and data/). Default: the current folder if it is one, "
                            + "else the folder Haven is installed in (its example site).")
    private Path source;

    /**
     * The site folder: --source, else the current folder when it is a site folder, else the
     * folder the launcher runs from (HAVEN_HOME: the repository, with its example site).
     */
    Path folder() {
        if (source != null) return SiteFolder.check(source.toAbsolutePath().normalize());
        Path here = Path.of("").toAbsolutePath();
        String home = System.getenv("HAVEN_HOME");
        boolean siteHere =
                Files.isDirectory(here.resolve("content")) || Files.isRegularFile(here.resolve("data/site.yaml"));
        return SiteFolder.check(
                siteHere || home == null ? here : Path.of(home).toAbsolutePath().normalize());
    }
}
