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
                            + "else the example site, when run by ./haven in Haven's own repository.")
    private Path source;

    /**
     * The site folder: --source, else the current folder when it is a site folder, else the
     * example site the repository's launcher names (HAVEN_EXAMPLE_SITE).
     */
    Path folder() {
        if (source != null) return SiteFolder.check(source.toAbsolutePath().normalize());
        Path here = Path.of("").toAbsolutePath();
        String example = System.getenv("HAVEN_EXAMPLE_SITE");
        boolean siteHere =
                Files.isDirectory(here.resolve("content")) || Files.isRegularFile(here.resolve("data/site.yaml"));
        return SiteFolder.check(
                siteHere || example == null
                        ? here
                        : Path.of(example).toAbsolutePath().normalize());
    }
}
