package org.haven.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.problems.Problem;
import org.haven.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/thesaurus.yaml adds a partnership's own words to the thesaurus Haven ships. */
class ThesaurusFileTest {
    @TempDir
    Path site;

    @Test
    void aSitesOwnWordsComeAfterHavensAndTakeCommaListsOrYamlLists() throws IOException {
        write(
                """
                - words: front door, duty team
                  means: massh
                - words: [foster carer]
                  means: [fostering, care]
                - words: innit
                """);
        Problems problems = new Problems();
        List<EverydayWords> entries = new SiteDataLoader(site, problems, true).loadThesaurus();
        assertFalse(problems.hasErrors());
        assertTrue(entries.size() > 3, "Haven's own entries come first");
        assertEquals(
                List.of(
                        new EverydayWords(List.of("front door", "duty team"), List.of("massh")),
                        new EverydayWords(List.of("foster carer"), List.of("fostering", "care")),
                        new EverydayWords(List.of("innit"), List.of())),
                entries.subList(entries.size() - 3, entries.size()));
        assertTrue(entries.get(entries.size() - 1).ignored());
    }

    @Test
    void anEntryWithoutWordsIsAnErrorSayingWhichEntry() throws IOException {
        write("""
                - means: massh
                """);
        Problems problems = new Problems();
        new SiteDataLoader(site, problems, true).loadThesaurus();
        Problem problem = problems.sorted().get(0);
        assertEquals("data/thesaurus.yaml", problem.file());
        assertTrue(problem.message().contains("no 'words'") && problem.message().contains("massh"), problem.message());
    }

    private void write(String yaml) throws IOException {
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/thesaurus.yaml"), yaml);
    }
}
