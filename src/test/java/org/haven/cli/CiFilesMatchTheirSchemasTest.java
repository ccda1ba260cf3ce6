package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.haven.support.HavenRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI files {@code haven init} writes are ones GitHub and GitLab accept as they are: each passes
 * the schema its host publishes. The same files with one mistake a person setting up CI could
 * make are refused, so a CI file the hosts would reject cannot pass.
 */
class CiFilesMatchTheirSchemasTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path parent;

    /** Every file {@code haven init} wrote that a CI host reads, by its path in the site folder. */
    static Map<String, CiSchema> ciFiles;

    static Path site;

    @BeforeAll
    static void initASite() throws IOException {
        site = parent.resolve("anytown");
        HavenRun init = HavenRun.of("init", site.toString());
        assertEquals(0, init.exitCode(), init.all());
        try (Stream<Path> files = Files.walk(site)) {
            ciFiles = files.filter(Files::isRegularFile)
                    .map(CiFilesMatchTheirSchemasTest::sitePath)
                    .flatMap(path -> CiSchema.forSitePath(path).stream().map(schema -> Map.entry(path, schema)))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    @Test
    void everyCiFileHavenInitWritesIsAcceptedByItsHostsSchema() {
        assertEquals(
                Set.of(CiSchema.values()),
                Set.copyOf(ciFiles.values()),
                "haven init writes a file for each CI host: " + ciFiles.keySet());
        Map<String, List<String>> refused = new TreeMap<>();
        ciFiles.forEach((path, schema) -> {
            List<String> problems = schema.problems(read(path));
            if (!problems.isEmpty()) refused.put(path, problems);
        });
        assertEquals(Map.of(), refused, "what each host's schema refuses, by file");
    }

    @Test
    void aWorkflowWhoseJobSaysRunsOnWithAnUnderscoreIsRefused() {
        ObjectNode workflow = read(".github/workflows/publish.yml");
        ObjectNode job = (ObjectNode) workflow.path("jobs").elements().next();
        job.set("runs_on", job.remove("runs-on"));

        assertRefused(CiSchema.GITHUB_ACTIONS.problems(workflow), "runs_on");
    }

    @Test
    void aWorkflowThatNamesNoEventToRunOnIsRefused() {
        ObjectNode workflow = read(".github/workflows/publish.yml");
        workflow.remove("on");

        assertRefused(CiSchema.GITHUB_ACTIONS.problems(workflow), "'on'");
    }

    @Test
    void aGitLabJobWhoseScriptIsANumberIsRefused() {
        ObjectNode ci = read(".gitlab-ci.yml");
        ((ObjectNode) ci.path("pages")).put("script", 42);

        assertRefused(CiSchema.GITLAB_CI.problems(ci), "/pages/script");
    }

    @Test
    void aGitLabJobThatKeepsItsArtifactsForAnUnknownOccasionIsRefused() {
        ObjectNode ci = read(".gitlab-ci.yml");
        ((ObjectNode) ci.path("review").path("artifacts")).put("when", "on_merge");

        assertRefused(CiSchema.GITLAB_CI.problems(ci), "/review/artifacts/when");
    }

    private static void assertRefused(List<String> problems, String naming) {
        assertTrue(
                problems.stream().anyMatch(problem -> problem.contains(naming)),
                "the schema refuses the file and names " + naming + ": " + problems);
    }

    private static ObjectNode read(String sitePath) {
        try {
            JsonNode file = YAML.readTree(site.resolve(sitePath).toFile());
            assertTrue(file instanceof ObjectNode, sitePath + " is a YAML mapping");
            return (ObjectNode) file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sitePath(Path file) {
        return site.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
