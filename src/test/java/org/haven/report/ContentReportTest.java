package org.haven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.haven.bake.BuildOptions;
import org.haven.bake.SiteBuilder;
import org.haven.support.HavenRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fixture site with one deliberate problem of each kind: the report lists every one of them,
 * each page by its title and address with the file to edit after it, in a terminal 80 columns wide.
 */
class ContentReportTest {
    static final Path SITE = Path.of("src/test/resources/sites/problems").toAbsolutePath();
    static String report;

    @BeforeAll
    static void run() {
        HavenRun run = HavenRun.of("report", "--source", SITE.toString());
        assertEquals(0, run.exitCode(), run.all());
        report = run.out();
    }

    @Test
    void namesEachPageByItsTitleAndAddressThenTheFileToEdit() {
        String overdue = section("Past their review date");
        assertTrue(
                overdue.contains("  Overdue for review (/help/overdue/)\n"
                        + "    content/help/overdue.adoc\n"
                        + "    was due for review on 1 January 2020"),
                overdue);
        assertTrue(section("Without an owner").contains("Nobody owns this (/help/ownerless/)"), report);
        assertFalse(section("Without an owner").contains("Overdue for review"), report);
    }

    @Test
    void listsDraftsAndScheduledPagesWithTheirDates() {
        assertTrue(section("Drafts").contains("A draft news item (/news/draft-item/)"), report);
        assertTrue(section("Drafts").contains("draft, dated 1 May 2024"), report);
        assertTrue(section("Scheduled").contains("will be published on 31 December 2099"), report);
    }

    @Test
    void saysWhatEachReadingGradeIsMeasuredAgainstAndWhatToAimFor() {
        String grades = section("Reading grade");
        String explanation = grades.replaceAll("\\s+", " ");
        assertTrue(
                explanation.contains("(Flesch-Kincaid) goes up with longer sentences and longer words")
                        && explanation.contains("Public pages should be at grade 9 or below"),
                grades);
        assertTrue(
                grades.contains("Interagency considerations (/help/hard-to-read/)\n"
                        + "    content/help/hard-to-read.adoc\n"
                        + "    grade 39.3 (harder than school level): aim for 9 or below, 30.3 grades\n"
                        + "      lower."),
                grades);
        assertTrue(grades.contains("grade 5.2 (easy at about age 10): within the aim of 9 or below."), grades);
        assertTrue(
                grades.indexOf("Interagency considerations") < grades.indexOf("Public page without easy read"),
                "hardest first");
        assertTrue(explanation.contains("easy read is held to its own rules instead"), grades);
        assertTrue(
                explanation.contains("A scheduled news item (/news/scheduled-item/) content/news/scheduled-item.adoc "
                        + "grade 8.4 (easy at about age 13): within the aim of 9 or below."),
                "a page for everyone has the public's aim: " + grades);
    }

    @Test
    void listsPublicPagesWithoutAnEasyReadVersion() {
        String missing = section("Public pages without an easy-read version");
        assertTrue(missing.contains("Public page without easy read (/help/no-easy-read/)"), missing);
        assertFalse(missing.contains("Interagency considerations"), missing);
    }

    @Test
    void listsEveryWarningUnderItsPageByLine() {
        String warnings = section("Warnings");
        for (String expected : new String[] {
            "Vague links and a bare table (/help/vague-links/)\n    content/help/vague-links.adoc\n"
                    + "    line 7: A link says 'click here'",
            "    line 10: A table has no header row",
            "    line 14: The page links a PDF (/files/annual-report.pdf)",
            "Working together (easy read) (/help/hard-to-read/easy-read/)\n    content/help/hard-to-read.easy.adoc\n",
            "    line 7: An easy-read sentence has",
            "    line 10: The easy-read page uses 'MASH'",
            "    An easy-read picture has no text after it",
            "line 4: Easy-read text comes before any picture",
            "    line 5: The page was due for review on 2020-01-01"
        }) {
            assertTrue(warnings.contains(expected), "expected «" + expected + "» in\n" + warnings);
        }
    }

    @Test
    void fitsA80ColumnTerminal() {
        List<String> tooWide = report.lines()
                .filter(line -> line.length() > 80 && line.trim().contains(" "))
                .toList();
        assertEquals(List.of(), tooWide);
    }

    @Test
    void thePreviewLinksEachPageByItsTitleWithTheFileInSmallPrint() {
        BuildOptions preview = BuildOptions.previewing();
        ContentReport content = ContentReport.of(new SiteBuilder(SITE, preview).build(), SITE, LocalDate.now());
        Document html = Jsoup.parse(HtmlReport.of(content));

        Element overdue = html.selectFirst("#past-review-date + p + ul > li");
        Element link = overdue.selectFirst("a");
        assertEquals("/help/overdue/", link.attr("href"));
        assertEquals("Overdue for review", link.text());
        assertEquals(
                "(content/help/overdue.adoc)",
                overdue.selectFirst("span.govuk-body-s").text());
        assertEquals(
                "Line 7: A link says 'click here', which does not tell people where it goes.",
                html.select("#warnings + p + ul li li").stream()
                        .map(Element::text)
                        .filter(text -> text.startsWith("Line 7: A link"))
                        .findFirst()
                        .orElseThrow()
                        .replaceAll(" Fix:.*", ""));
    }

    @Test
    void strictBuildsTurnTheWarningsIntoErrors() {
        HavenRun strict = HavenRun.of("check", "--strict", "--source", SITE.toString());
        assertEquals(1, strict.exitCode(), strict.all());
        assertTrue(strict.err().contains("(an error under --strict)"), strict.err());
        assertEquals(0, HavenRun.of("check", "--source", SITE.toString()).exitCode());
    }

    private static String section(String title) {
        int start = report.indexOf("\n" + title);
        assertTrue(start >= 0, "a section '" + title + "' in\n" + report);
        int end = report.indexOf("\n\n", start + 1);
        return report.substring(start + 1, end < 0 ? report.length() : end);
    }
}
