package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.haven.theme.InterfaceLanguages;
import org.haven.views.LinkView;
import org.junit.jupiter.api.Test;

/** The trail above a page names each place once. */
class BreadcrumbsTest {
    private final Breadcrumbs crumbs = new Breadcrumbs(
            Map.of(
                    "/",
                    "Home page",
                    "/plan/",
                    "Business plan 2023 to 2026",
                    "/plans/2023-2026/",
                    "Business plan 2023-2026",
                    "/levels/",
                    "Levels of need"),
            Map.of(),
            Map.of(),
            InterfaceLanguages.load(Path.of("no-site")),
            "en-GB");

    @Test
    void aPageUnderFoldersWithPagesHasOneCrumbForEach() {
        assertEquals(List.of("Home", "Business plan 2023 to 2026"), titles(crumbs.to("/plan/complex-trauma/")));
    }

    @Test
    void aFolderWithoutAPageGetsNoCrumb() {
        assertEquals(List.of("Home"), titles(crumbs.to("/about/team/")));
    }

    private static List<String> titles(List<LinkView> trail) {
        return trail.stream().map(LinkView::title).toList();
    }
}
