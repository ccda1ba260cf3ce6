package org.haven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.haven.support.HavenRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fixture site with one deliberate problem of each kind: the report lists every one of them. */
class ContentReportTest {
    static final String SITE =
            Path.of("src/test/resources/sites/problems").toAbsolutePath().toString();
    static String report;

    @BeforeAll
    static void run() {
        HavenRun run = HavenRun.of("report", "--source", SITE);
        assertEquals(0, run.exitCode(), run.all());
        report = run.out();
    }

    @Test
    void listsPagesPastTheirReviewDateAndWithoutAnOwner() {
        assertTrue(
                section("Past their review date")
                        .contains("content/help/overdue.adoc: was due for review on 2020-01-01"),
                report);
        assertTrue(section("Without an owner").contains("content/help/ownerless.adoc"), report);
        assertTrue(!section("Without an owner").contains("content/help/overdue.adoc"), report);
    }

    @Test
    void listsDraftsAndScheduledPagesWithTheirDates() {
        assertTrue(section("Drafts").contains("content/news/draft-item.adoc, dated 2024-05-01"), report);
        assertTrue(
                section("Scheduled").contains("content/news/scheduled-item.adoc: will be published on 2099-12-31"),
                report);
    }

    @Test
    void givesEveryPageItsReadingGradeAndWarnsOnHardPublicPages() {
        assertTrue(section("Reading grade").contains("content/help/hard-to-read.adoc"), report);
        assertTrue(section("Reading grade").contains("content/help/ownerless.adoc"), report);
        assertTrue(section("Warnings").contains("content/help/hard-to-read.adoc, The page reads at grade"), report);
    }

    @Test
    void listsPublicPagesWithoutAnEasyReadVersion() {
        String missing = section("Public pages without an easy-read version");
        assertTrue(missing.contains("content/help/no-easy-read.adoc"), report);
        assertTrue(!missing.contains("content/help/hard-to-read.adoc"), report);
    }

    @Test
    void listsEveryReadingWarningByFile() {
        String warnings = section("Warnings");
        for (String expected : new String[] {
            "content/help/vague-links.adoc, line 7: A link says 'click here'",
            "content/help/vague-links.adoc, line 10: A table has no header row",
            "content/help/vague-links.adoc, line 14: The page links a PDF (/files/annual-report.pdf)",
            "content/help/hard-to-read.easy.adoc, line 7: An easy-read sentence has",
            "content/help/hard-to-read.easy.adoc, line 10: The easy-read page uses 'MASH'",
            "content/help/hard-to-read.easy.adoc, An easy-read picture has no text after it",
            "Easy-read text comes before any picture",
            "content/help/overdue.adoc, line 5: The page was due for review on 2020-01-01"
        }) {
            assertTrue(warnings.contains(expected), "expected «" + expected + "» in\n" + warnings);
        }
    }

    @Test
    void strictBuildsTurnTheWarningsIntoErrors() {
        HavenRun strict = HavenRun.of("check", "--strict", "--source", SITE);
        assertEquals(1, strict.exitCode(), strict.all());
        assertTrue(strict.err().contains("(an error under --strict)"), strict.err());
        assertEquals(0, HavenRun.of("check", "--source", SITE).exitCode());
    }

    private static String section(String title) {
        int start = report.indexOf(title);
        assertTrue(start >= 0, "a section '" + title + "' in\n" + report);
        int end = report.indexOf("\n\n", start);
        return report.substring(start, end < 0 ? report.length() : end);
    }
}
