package org.haven.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.bake.BuildResult;
import org.haven.checks.ReadingRules;
import org.haven.content.ContentFolder;
import org.haven.content.Page;
import org.haven.listings.Dates;
import org.haven.listings.Translations;
import org.haven.problems.Problem;

/**
 * What needs attention in a site, in sections, each page named by its title and address; built
 * from a preview build so drafts are included. {@link TextReport}, {@link HtmlReport} and
 * {@link JsonReport} say it for a terminal, the preview and automation.
 */
public record ContentReport(String siteName, LocalDate date, double readingGradeLimit, List<Section> sections) {

    public static ContentReport of(BuildResult build, Path siteRoot, LocalDate today) {
        List<Page> pages = build.pages().stream()
                .sorted(Comparator.comparing(Page::source))
                .toList();
        Places places = new Places(pages);
        double limit = build.site().readingGradeLimit();
        List<Item> stillToWrite = StillToWrite.in(siteRoot, pages, places);
        Set<String> easyReadOf = pages.stream()
                .filter(Page::easyRead)
                .map(p -> ContentFolder.standardFileOf(p.source()))
                .collect(Collectors.toSet());
        return new ContentReport(
                build.site().name(),
                today,
                limit,
                List.of(
                        new Section(
                                "still-to-write",
                                "Still to write",
                                "Lines that still say FILL IN or hold a placeholder (TODO, TBD, lorem ipsum). "
                                        + "Write your own words in their place. A FILL IN in data/site.yaml or in a "
                                        + "published page stops the site being published.",
                                stillToWrite),
                        new Section(
                                "past-review-date",
                                "Past their review date",
                                "Check each page is still right, then give it a new ':review-by:' date.",
                                pages.stream()
                                        .filter(p -> p.reviewBy() != null
                                                && p.reviewBy().isBefore(today))
                                        .map(p -> Item.of(
                                                places.of(p), 0, "was due for review on " + Dates.text(p.reviewBy())))
                                        .toList()),
                        new Section(
                                "translation-ahead",
                                "Older than their translation",
                                "A translation was checked a review cycle after its English page. "
                                        + "Check the English page still says the same, then give it a new ':review-by:' date.",
                                Translations.of(pages).groups().stream()
                                        .flatMap(group -> group.checkedACycleAfterTheOriginal().stream()
                                                .map(t -> Item.of(
                                                        places.of(group.original()),
                                                        0,
                                                        "was due for review on "
                                                                + Dates.text(group.original()
                                                                        .reviewBy())
                                                                + ", but its translation '" + t.title() + "'"
                                                                + " (" + t.lang() + ") is to be reviewed by "
                                                                + Dates.text(t.reviewBy()))))
                                        .toList()),
                        new Section(
                                "reading-grade",
                                "Reading grade, hardest first",
                                ReadingGrades.explanation(limit),
                                ReadingGrades.of(build.readingGrades(), pages, places, limit)),
                        new Section(
                                "no-easy-read",
                                "Public pages without an easy-read version",
                                "Write one beside each page: NAME.easy.adoc next to NAME.adoc, a picture and short text for each point.",
                                pages.stream()
                                        .filter(p -> ReadingRules.wantsEasyRead(p) && !easyReadOf.contains(p.source()))
                                        .map(p -> Item.of(places.of(p), 0, "has no easy-read version yet"))
                                        .toList()),
                        new Section(
                                "drafts",
                                "Drafts",
                                "Not published until ':jbake-status:' says 'published'.",
                                pages.stream()
                                        .filter(Page::draft)
                                        .map(p -> Item.of(
                                                places.of(p),
                                                0,
                                                p.date() == null ? "draft" : "draft, dated " + Dates.text(p.date())))
                                        .toList()),
                        new Section(
                                "scheduled",
                                "Scheduled",
                                "Published on their ':jbake-date:', by the first build on or after that day.",
                                pages.stream()
                                        .filter(p -> !p.draft() && p.isScheduledAfter(today))
                                        .map(p -> Item.of(
                                                places.of(p), 0, "will be published on " + Dates.text(p.date())))
                                        .toList()),
                        new Section(
                                "no-owner",
                                "Without an owner",
                                "Add ':owner:' with the team that keeps the page right.",
                                pages.stream()
                                        .filter(p -> !p.easyRead() && p.owner() == null)
                                        .map(p -> Item.of(places.of(p), 0, "has no ':owner:'"))
                                        .toList()),
                        new Section(
                                "warnings",
                                "Warnings",
                                "Everything else the checks found, with how to fix it. "
                                        + "'haven build --strict' treats each as an error.",
                                warnings(build.warnings(), stillToWrite, places))));
    }

    /** The build's warnings, less those on a line already listed as still to write. */
    private static List<Item> warnings(List<Problem> warnings, List<Item> stillToWrite, Places places) {
        Set<String> listed = stillToWrite.stream()
                .map(item -> item.place().file() + ":" + item.line())
                .collect(Collectors.toSet());
        return warnings.stream()
                .sorted()
                .filter(w -> w.line() == 0 || !listed.contains(w.file() + ":" + w.line()))
                .map(w -> Item.of(places.of(w.file()), w.line(), w.message() + " Fix: " + w.fix()))
                .toList();
    }
}
