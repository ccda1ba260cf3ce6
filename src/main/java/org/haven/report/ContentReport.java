package org.haven.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.bake.BuildResult;
import org.haven.checks.ReadingRules;
import org.haven.content.ContentFolder;
import org.haven.content.Page;
import org.haven.listings.Translations;
import org.haven.problems.Problem;

/** What needs attention in a site, in sections; built from a preview build so drafts are included. */
public record ContentReport(List<Section> sections) {

    /** A heading and its lines; an empty section says "Nothing to do". */
    public record Section(String title, List<String> lines) {}

    public static ContentReport of(BuildResult build, LocalDate today) {
        List<Page> pages = build.pages().stream()
                .sorted(Comparator.comparing(Page::source))
                .toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "Past their review date",
                pages.stream()
                        .filter(p -> p.reviewBy() != null && p.reviewBy().isBefore(today))
                        .map(p -> p.source() + ": was due for review on " + p.reviewBy())
                        .toList()));
        sections.add(new Section(
                "Without an owner",
                pages.stream()
                        .filter(p -> !p.easyRead() && p.owner() == null)
                        .map(p -> p.source() + ": add ':owner:'")
                        .toList()));
        sections.add(new Section(
                "Drafts",
                pages.stream()
                        .filter(Page::draft)
                        .map(p -> p.source() + (p.date() == null ? "" : ", dated " + p.date()))
                        .toList()));
        sections.add(new Section(
                "Scheduled",
                pages.stream()
                        .filter(p -> !p.draft() && p.isScheduledAfter(today))
                        .map(p -> p.source() + ": will be published on " + p.date())
                        .toList()));
        Set<String> withEasyRead = pages.stream()
                .filter(Page::easyRead)
                .map(p -> ContentFolder.standardFileOf(p.source()))
                .collect(Collectors.toSet());
        sections.add(new Section(
                "Public pages without an easy-read version",
                pages.stream()
                        .filter(p -> ReadingRules.wantsEasyRead(p) && !withEasyRead.contains(p.source()))
                        .map(Page::source)
                        .toList()));
        sections.add(new Section(
                "Pages older than their translation by a review cycle",
                Translations.of(pages).groups().stream()
                        .flatMap(group -> group.checkedACycleAfterTheOriginal().stream()
                                .map(t -> group.original().source() + ": due for review on "
                                        + group.original().reviewBy() + ", but " + t.source()
                                        + " was checked later (review by " + t.reviewBy()
                                        + "); check it still says the same"))
                        .toList()));
        sections.add(new Section(
                "Reading grade (Flesch–Kincaid), hardest first",
                build.readingGrades().entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(e -> String.format(Locale.ROOT, "%5.1f  %s", e.getValue(), e.getKey()))
                        .toList()));
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (Problem warning : build.warnings()) {
            byFile.computeIfAbsent(warning.file(), f -> new ArrayList<>())
                    .add((warning.line() > 0 ? "line " + warning.line() + ": " : "") + warning.message() + " Fix: "
                            + warning.fix());
        }
        List<String> warnings = new ArrayList<>();
        byFile.forEach((file, lines) -> lines.forEach(line -> warnings.add(file + ", " + line)));
        sections.add(new Section("Warnings", warnings));
        return new ContentReport(sections);
    }

    public String asText() {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            text.append(section.title())
                    .append(" (")
                    .append(section.lines().size())
                    .append(")\n");
            if (section.lines().isEmpty()) text.append("  Nothing to do.\n");
            section.lines().forEach(line -> text.append("  ").append(line).append('\n'));
            text.append('\n');
        }
        return text.toString();
    }

    public String asHtml() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Content report</title>"
                + "<link rel=\"stylesheet\" href=\"/theme/govuk-frontend.css\"><link rel=\"stylesheet\" href=\"/theme/css/haven.css\">"
                + "<script src=\"/_haven/reload.js\" defer></script></head><body class=\"govuk-template__body\">"
                + "<main class=\"govuk-width-container govuk-main-wrapper\" id=\"main-content\"><h1 class=\"govuk-heading-xl\">Content report</h1>"
                + "<p class=\"govuk-body\">For the comms team: this page is only in preview, never published.</p>");
        for (Section section : sections) {
            html.append("<h2 class=\"govuk-heading-m\">")
                    .append(escape(section.title()))
                    .append(" (")
                    .append(section.lines().size())
                    .append(")</h2>");
            if (section.lines().isEmpty()) {
                html.append("<p class=\"govuk-body\">Nothing to do.</p>");
                continue;
            }
            html.append("<ul class=\"govuk-list govuk-list--bullet\">");
            section.lines()
                    .forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
            html.append("</ul>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
