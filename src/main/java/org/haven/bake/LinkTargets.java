package org.haven.bake;

import java.util.Map;
import java.util.Set;

/**
 * Everything a link inside the site may point at: pages by source file, and every path the
 * build publishes (pages, generated pages, assets).
 *
 * @param urlBySource page URLs keyed by source file ({@code content/levels/level-2.adoc})
 * @param publishedPaths every published site path ({@code /levels/level-2/}, {@code /images/a.svg})
 * @param unpublishedSources drafts and scheduled pages: linking to them is a broken link in this build
 */
public record LinkTargets(Map<String, String> urlBySource, Set<String> publishedPaths, Set<String> unpublishedSources) {

    public boolean publishes(String path) {
        return publishedPaths.contains(path);
    }
}
