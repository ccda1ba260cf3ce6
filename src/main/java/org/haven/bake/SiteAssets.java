package org.haven.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.checks.AssetRules;
import org.haven.content.SiteTree;
import org.haven.content.WebPath;
import org.haven.problems.Problems;

/** The site's own {@code assets/} folder: every file copied as it is, to the same path under the site. */
final class SiteAssets {
    private SiteAssets() {}

    static void copy(Path siteRoot, SiteOutput output, Problems problems) {
        Path assets = siteRoot.resolve("assets");
        for (Path file : SiteTree.files(siteRoot, assets, problems)) {
            String path = WebPath.of(assets, file);
            if (path.startsWith(".") || path.contains("/.")) continue;
            try {
                byte[] content = Files.readAllBytes(file);
                if (AssetRules.check(path, content, problems)) output.put(path, content);
            } catch (IOException e) {
                problems.error(
                        "assets/" + path,
                        0,
                        "Haven could not read this file (" + e.getMessage() + ").",
                        "Check the file can be read, or remove it.");
            }
        }
    }
}
