package org.haven.checks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.content.ContentFolder;
import org.haven.content.LevelDetails;
import org.haven.content.Page;
import org.haven.problems.Problems;

/** Rules that look across pages: one file per URL, one page per level, easy-read pages with a partner, translations of pages that exist. */
public final class SiteRules {
    private SiteRules() {}

    /** @param siteLanguage the language of a page that does not say its own */
    public static void check(List<Page> pages, String siteLanguage, LocalDate today, Problems problems) {
        oneFilePerUrl(pages, problems);
        TranslationRules.check(pages, siteLanguage, problems);
        levelsAreUnique(pages, problems);
        easyReadHasItsPage(pages, problems);
        reviewDatesKept(pages, today, problems);
    }

    private static void oneFilePerUrl(List<Page> pages, Problems problems) {
        for (List<Page> clash : ContentFolder.clashes(pages)) {
            String files = clash.stream().map(Page::source).collect(Collectors.joining(" and "));
            problems.error(
                    clash.get(1).source(),
                    0,
                    files + " would both be published at " + clash.get(0).url() + ".",
                    "Rename or move one of them: content/a/b.adoc and content/a/b/index.adoc both become /a/b/.");
        }
    }

    private static void levelsAreUnique(List<Page> pages, Problems problems) {
        Map<Integer, Page> byLevel = new HashMap<>();
        for (Page page : pages) {
            if (page.easyRead() || !(page.details() instanceof LevelDetails level)) continue;
            Page other = byLevel.putIfAbsent(level.level(), page);
            if (other != null) {
                Page later = other.source().compareTo(page.source()) < 0 ? page : other;
                Page earlier = later == page ? other : page;
                problems.error(
                        later.source(),
                        later.header().lineOf("level"),
                        "Level " + level.level() + " is also given by " + earlier.source()
                                + "; each level of need has one page.",
                        "Give this page the right level number, or merge the two pages.");
            }
        }
    }

    private static void easyReadHasItsPage(List<Page> pages, Problems problems) {
        Set<String> sources = pages.stream().map(Page::source).collect(Collectors.toSet());
        for (Page page : pages) {
            if (page.easyRead() && !sources.contains(ContentFolder.standardFileOf(page.source()))) {
                problems.error(
                        page.source(),
                        1,
                        "This easy-read page has no page beside it called "
                                + ContentFolder.standardFileOf(page.source()) + ".",
                        "Name the easy-read file after the page it belongs to, e.g. worried-about-a-child.easy.adoc beside worried-about-a-child.adoc.");
            }
        }
    }

    private static void reviewDatesKept(List<Page> pages, LocalDate today, Problems problems) {
        for (Page page : pages) {
            if (page.reviewBy() != null && page.reviewBy().isBefore(today)) {
                problems.warning(
                        page.source(),
                        page.header().lineOf("review-by"),
                        "The page was due for review on " + page.reviewBy() + ".",
                        "Check the page is still right, then set :review-by: to the next date it should be checked.");
            }
        }
    }
}
