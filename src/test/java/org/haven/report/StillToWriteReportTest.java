package org.haven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.haven.support.HavenRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site just made by {@code haven init}: the report lists every FILL IN left, by page and line,
 * in the settings and the publishing files too, and says the same in the JSON shape
 * docs/content-report.md documents.
 */
class StillToWriteReportTest {
    @TempDir
    static Path folder;

    static Path site;
    static String text;
    static JsonNode json;

    @BeforeAll
    static void aNewSite() throws Exception {
        site = folder.resolve("anytown");
        assertEquals(0, HavenRun.of("init", site.toString()).exitCode());
        Files.writeString(
                site.resolve("content/about/index.adoc"),
                Files.readString(site.resolve("content/about/index.adoc"))
                        + "\nTODO: a word from the chair.\n\n// FILL IN in a comment is only a note\n");
        HavenRun report = HavenRun.of("report", "--source", site.toString());
        assertEquals(0, report.exitCode(), report.all());
        text = report.out();
        HavenRun asJson = HavenRun.of("report", "--format", "json", "--source", site.toString());
        assertEquals(0, asJson.exitCode(), asJson.all());
        json = new ObjectMapper().readTree(asJson.out());
    }

    @Test
    void listsEachFillInUnderItsPageWithItsLine() throws Exception {
        int summary = lineOf("content/reporting/worried-about-a-child.adoc", ":summary: FILL IN");
        assertTrue(
                text.contains("  Worried about a child? (/reporting/worried-about-a-child/)\n"
                        + "    content/reporting/worried-about-a-child.adoc\n"
                        + "    line " + summary + ": :summary: FILL IN one sentence"),
                text);
        int name = lineOf("data/site.yaml", "name: FILL IN");
        assertTrue(text.contains("  Site settings\n    data/site.yaml\n    line " + name + ": name: FILL IN"), text);
        assertTrue(
                text.contains("  Publishing from GitHub\n    .github/workflows/publish.yml\n    line "),
                "the zip's address is still to set: " + text);
        assertTrue(text.contains("  Publishing from GitLab\n    .gitlab-ci.yml\n    line "), text);
    }

    @Test
    void listsPlaceholdersPeopleTypeButNotComments() throws Exception {
        int todo = lineOf("content/about/index.adoc", "TODO: a word from the chair.");
        assertTrue(text.contains("    line " + todo + ": TODO: a word from the chair."), text);
        assertFalse(text.contains("only a note"), text);
        assertFalse(text.contains("Write your own words in place of every FILL IN:"), "site.yaml's comments");
    }

    @Test
    void doesNotRepeatAFillInAmongTheWarnings() {
        String warnings = text.substring(text.indexOf("\nWarnings ("));
        assertFalse(warnings.contains("FILL IN"), warnings);
    }

    @Test
    void theJsonHasTheDocumentedShape() throws Exception {
        assertEquals(1, json.path("version").asInt());
        assertTrue(json.path("site").asText().startsWith("FILL IN"));
        assertTrue(json.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(9.0, json.path("readingGradeLimit").asDouble());
        List<String> ids = new ArrayList<>();
        json.path("sections").forEach(s -> ids.add(s.path("id").asText()));
        assertEquals(
                List.of(
                        "still-to-write",
                        "past-review-date",
                        "translation-ahead",
                        "reading-grade",
                        "no-easy-read",
                        "drafts",
                        "scheduled",
                        "no-owner",
                        "warnings"),
                ids);
        json.path("sections").forEach(s -> {
            assertEquals(s.path("items").size(), s.path("count").asInt());
            assertFalse(s.path("title").asText().isEmpty());
            assertFalse(s.path("explanation").asText().isEmpty());
        });

        JsonNode stillToWrite = section("still-to-write");
        JsonNode summary = find(stillToWrite, "content/reporting/worried-about-a-child.adoc", ":summary:");
        assertEquals("Worried about a child?", summary.path("title").asText());
        assertEquals("/reporting/worried-about-a-child/", summary.path("url").asText());
        assertEquals(
                lineOf("content/reporting/worried-about-a-child.adoc", ":summary: FILL IN"),
                summary.path("line").asInt());
        JsonNode name = find(stillToWrite, "data/site.yaml", "name: FILL IN");
        assertEquals("Site settings", name.path("title").asText());
        assertTrue(name.path("url").isMissingNode(), "site.yaml is not a page");

        JsonNode grade = section("reading-grade").path("items").get(0);
        assertTrue(grade.path("grade").isNumber() && grade.path("url").asText().startsWith("/"), grade.toString());
        JsonNode publicPage = find(section("reading-grade"), "content/reporting/worried-about-a-child.adoc", "grade");
        assertEquals(9.0, publicPage.path("limit").asDouble());
        JsonNode professional = find(section("reading-grade"), "content/reporting/professionals.adoc", "grade");
        assertTrue(professional.path("limit").isMissingNode(), "a page for professionals is held to no limit");
    }

    private static JsonNode section(String id) {
        for (JsonNode section : json.path("sections")) {
            if (section.path("id").asText().equals(id)) return section;
        }
        throw new AssertionError("no section " + id);
    }

    private static JsonNode find(JsonNode section, String file, String noteStart) {
        for (JsonNode item : section.path("items")) {
            if (item.path("file").asText().equals(file)
                    && item.path("note").asText().startsWith(noteStart)) return item;
        }
        throw new AssertionError("no item of " + file + " saying " + noteStart + " in " + section);
    }

    private static int lineOf(String file, String start) throws Exception {
        List<String> lines = Files.readAllLines(site.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(start)) return i + 1;
        }
        throw new AssertionError(start + " not in " + file);
    }
}
