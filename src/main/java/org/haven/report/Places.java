package org.haven.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.content.Page;

/** Names each file the report mentions: a page by its title and address, the site's own files by what they are for. */
final class Places {
    static final String SITE_SETTINGS = "data/site.yaml";
    static final String GITHUB_WORKFLOWS = ".github/workflows/";
    static final String GITLAB_CI = ".gitlab-ci.yml";

    private static final Map<String, String> FILES_FOR =
            Map.of(SITE_SETTINGS, "Site settings", GITLAB_CI, "Publishing from GitLab");

    private final Map<String, Page> pagesBySource;

    Places(List<Page> pages) {
        this.pagesBySource = pages.stream().collect(Collectors.toMap(Page::source, Function.identity(), (a, b) -> a));
    }

    Place of(Page page) {
        return new Place(page.title(), page.url(), page.source());
    }

    Place of(String file) {
        Page page = pagesBySource.get(file);
        if (page != null) return of(page);
        return new Place(
                file.startsWith(GITHUB_WORKFLOWS) ? "Publishing from GitHub" : FILES_FOR.get(file), null, file);
    }
}
