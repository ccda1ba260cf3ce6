package org.haven.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure --source names a site folder before any work starts. */
final class SiteFolder {
    private SiteFolder() {}

    static Path check(Path source) {
        if (!Files.isDirectory(source)) {
            throw new UsageException(
                    "The folder " + source + " does not exist. Give the site folder with --source DIR.");
        }
        if (!Files.isDirectory(source.resolve("content")) && !Files.isRegularFile(source.resolve("data/site.yaml"))) {
            throw new UsageException(source + " is not a site folder: it has no content/ folder and no data/site.yaml. "
                    + "Run haven from the site folder, or give it with --source DIR.");
        }
        return source;
    }
}
