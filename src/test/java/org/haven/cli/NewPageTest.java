package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haven new}: a page of each type with what it needs, a draft until a person has filled it in. */
class NewPageTest {
    @TempDir
    Path folder;

    private SiteFolderFixture site;

    @BeforeEach
    void site() {
        site = SiteFolderFixture.minimal(folder);
    }

    @Test
    void writesANewsPageInTheNewsFolderAndSaysWhereItWent() throws Exception {
        HavenRun run = HavenRun.of("new", "news", "Training dates for 2026", "--source", folder.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("content/news/training-dates-for-2026.adoc"), run.out());
        String page = Files.readString(folder.resolve("content/news/training-dates-for-2026.adoc"));
        assertTrue(page.startsWith("= Training dates for 2026\n:jbake-type: news\n:jbake-status: draft\n"), page);
        assertTrue(page.contains(":jbake-date: ") && page.contains(":summary: FILL IN"), page);
    }

    @Test
    void givesEachTypeItsRequiredAttributes() throws Exception {
        HavenRun.of("new", "review", "Child F", "--source", folder.toString());
        String review = Files.readString(folder.resolve("content/reviews/child-f.adoc"));
        assertTrue(review.contains(":review-type: FILL IN")
                && review.contains(":subject: FILL IN")
                && review.contains(":themes: FILL IN"));
        HavenRun.of("new", "priority", "Listening to children", "--source", folder.toString());
        String priority = Files.readString(folder.resolve("content/plan/listening-to-children.adoc"));
        assertTrue(
                priority.contains(":plan: FILL IN")
                        && priority.contains(":scope: joint")
                        && priority.contains("== So what?")
                        && priority.contains("[.targets]"),
                priority);
    }

    @Test
    void numbersANewLevelAfterTheLastOne() throws Exception {
        site.write(
                "content/levels/one.adoc",
                "= One\n:jbake-type: level\n:jbake-status: published\n:level: 1\n:level-name: Universal\n:summary: Level one.\n\nText.\n");
        HavenRun.of("new", "level", "Specialist support", "--source", folder.toString());
        assertTrue(Files.readString(folder.resolve("content/levels/specialist-support.adoc"))
                .contains(":level: 2\n"));
    }

    @Test
    void theDraftBuildsButCannotBePublishedUntilFilledIn() throws Exception {
        HavenRun.of("new", "page", "Our values", "--source", folder.toString());
        assertEquals(
                0, HavenRun.of("check", "--source", folder.toString()).exitCode(), "a draft does not stop the build");
        Path page = folder.resolve("content/our-values.adoc");
        Files.writeString(page, Files.readString(page).replace(":jbake-status: draft", ":jbake-status: published"));
        HavenRun publish = HavenRun.of("check", "--source", folder.toString());
        assertEquals(1, publish.exitCode());
        assertTrue(
                publish.err().contains("content/our-values.adoc:5: error: The page still says 'FILL IN'"),
                publish.err());
    }

    @Test
    void refusesAnUnknownTypeOrAnExistingFileInPlainWords() {
        HavenRun unknown = HavenRun.of("new", "leaflet", "A leaflet", "--source", folder.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(
                unknown.err()
                        .contains(
                                "'leaflet' is not a page type. Use one of: page, concern, level, priority, review, news."),
                unknown.err());
        HavenRun.of("new", "page", "Twice", "--source", folder.toString());
        HavenRun again = HavenRun.of("new", "page", "Twice", "--source", folder.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
    }
}
