package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.haven.problems.Problem;
import org.haven.support.HavenProcess;
import org.haven.support.HavenRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new site pushed before its settings are written: the build command of the CI files
 * {@code haven init} writes fails, and says which file and line to change where a person looks
 * first. On GitHub: an annotation on the file's line and a table on the run's summary page, each
 * file a link to its line; on GitLab: a code quality report the merge request lists. Outside CI,
 * neither.
 */
class ProblemsInCiTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path folder;

    static Path site;
    static int nameLine;

    @BeforeAll
    static void aNewSiteStillToFillIn() throws Exception {
        site = folder.resolve("anytown");
        assertEquals(0, HavenRun.of("init", site.toString()).exitCode());
        nameLine = Files.readAllLines(site.resolve("data/site.yaml"))
                        .indexOf(Files.readAllLines(site.resolve("data/site.yaml")).stream()
                                .filter(line -> line.startsWith("name: FILL IN"))
                                .findFirst()
                                .orElseThrow())
                + 1;
    }

    @Test
    void onGitHubEachProblemIsMarkedOnItsLineAndListedOnTheRunsSummaryPage() throws Exception {
        JsonNode workflow = YAML.readTree(file(".github/workflows/publish.yml"));
        String run = null;
        for (JsonNode step : workflow.at("/jobs/build/steps")) {
            if (step.path("run").asText().startsWith("haven build"))
                run = step.path("run").asText();
        }
        assertEquals("haven build --strict --output _site", run, "Haven's output reaches the log unchanged");
        Path summary = folder.resolve("github-summary.md");

        HavenRun build = HavenProcess.start(
                        folder.resolve("home"),
                        site,
                        Map.of(
                                "GITHUB_ACTIONS", "true",
                                "GITHUB_STEP_SUMMARY", summary.toString(),
                                "GITHUB_WORKSPACE", site.toString(),
                                "GITHUB_SERVER_URL", "https://github.com",
                                "GITHUB_REPOSITORY", "anytown/site",
                                "GITHUB_SHA", "0123abcd"),
                        withOutputIn(run, "_site"))
                .finish();

        assertEquals(1, build.exitCode(), build.all());
        assertTrue(
                build.out()
                        .contains("::error file=data/site.yaml,line=" + nameLine
                                + ",title=Haven%3A error::site.yaml still says 'FILL IN' for name"),
                build.out());
        String page = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("## The site was not built\n"), page);
        assertTrue(
                page.contains("| [`data/site.yaml`](https://github.com/anytown/site/blob/0123abcd/data/site.yaml#L"
                        + nameLine + ") | " + nameLine + " | site.yaml still says 'FILL IN' for name"),
                page);
    }

    @Test
    void onGitLabTheMergeRequestListsEachProblemWithItsFileAndLine() throws Exception {
        JsonNode ci = YAML.readTree(file(".gitlab-ci.yml"));
        assertEquals(
                GitLabCodeQuality.FILE,
                ci.at("/.haven-build/artifacts/reports/codequality").asText());
        assertEquals("always", ci.at("/.haven-build/artifacts/when").asText(), "kept when the build fails");
        List<String> script = new ArrayList<>();
        ci.at("/.haven-build/script").forEach(line -> script.add(line.asText()));
        String run = script.get(script.size() - 1).replaceFirst("^.*/bin/haven ", "haven ");

        HavenRun build = HavenProcess.start(
                        folder.resolve("home"),
                        site,
                        Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", site.toString()),
                        withOutputIn(run, "public"))
                .finish();

        assertEquals(1, build.exitCode(), build.all());
        assertTrue(build.err().contains("data/site.yaml:" + nameLine + ": error: site.yaml still says"), "the log");
        JsonNode issues =
                new ObjectMapper().readTree(site.resolve(GitLabCodeQuality.FILE).toFile());
        JsonNode name = null;
        for (JsonNode issue : issues) {
            if (name == null
                    && issue.path("description").asText().startsWith("site.yaml still says 'FILL IN' for name")) {
                name = issue;
            }
        }
        assertTrue(name != null, issues.toString());
        assertEquals("data/site.yaml", name.at("/location/path").asText());
        assertEquals(nameLine, name.at("/location/lines/begin").asInt());
        assertEquals("critical", name.path("severity").asText());
        HashSet<String> fingerprints = new HashSet<>();
        issues.forEach(issue -> fingerprints.add(issue.path("fingerprint").asText()));
        assertEquals(issues.size(), fingerprints.size(), "each problem its own fingerprint");
    }

    @Test
    void outsideCiTheProblemsAreInTheLogAlone() throws Exception {
        Path elsewhere = folder.resolve("elsewhere");
        HavenRun build = HavenProcess.start(
                        folder.resolve("home"),
                        site,
                        Map.of("GITHUB_ACTIONS", "false", "GITLAB_CI", "false", "CI_PROJECT_DIR", elsewhere.toString()),
                        "build",
                        "--strict",
                        "--output",
                        folder.resolve("plain").toString())
                .finish();

        assertEquals(1, build.exitCode());
        assertFalse(build.out().contains("::error"), build.out());
        assertFalse(Files.exists(elsewhere.resolve(GitLabCodeQuality.FILE)));
    }

    @Test
    void onGitHubAManyProblemBuildAnnotatesWhatGitHubShowsAndKeepsTheSummaryWithinItsSize() throws Exception {
        List<Problem> problems = new ArrayList<>();
        for (int line = 1; line <= 1005; line++) {
            problems.add(Problem.error("content/a.adoc", line, "Error " + line + ".", "Fix it."));
        }
        problems.add(Problem.warning("content/b.adoc", 3, "A warning.", "Mend it."));
        Path summary = folder.resolve("many.md");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        new GitHubActions(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), site)
                .report("The site was not built", problems, new PrintStream(log, true, StandardCharsets.UTF_8));

        List<String> annotations = log.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(11, annotations.size(), "ten errors and the warning");
        assertTrue(annotations.get(10).startsWith("::warning file=content/b.adoc,line=3,"), annotations.get(10));
        String page = Files.readString(summary);
        assertTrue(page.contains("| `content/a.adoc` | 1000 | Error 1000. |"), "1000 rows");
        assertFalse(page.contains("| 1001 |"));
        assertTrue(page.contains("And 6 more problems: the job's log lists every one."), page);
        assertTrue(page.length() < 1024 * 1024, "GitHub refuses a summary over 1 MiB");
    }

    @Test
    void aSiteInAFolderOfItsRepositoryIsNamedFromTheRepositorysTop() {
        Path repository = folder.resolve("repository");
        assertEquals(
                "website/data/site.yaml",
                CiProblems.inRepository(repository.toString(), repository.resolve("website"), "data/site.yaml"));
        assertEquals("data/site.yaml", CiProblems.inRepository(repository.toString(), repository, "data/site.yaml"));
        assertEquals("data/site.yaml", CiProblems.inRepository(null, repository, "data/site.yaml"));
    }

    /** The CI file's command, writing its output in the test's folder. */
    private static String[] withOutputIn(String run, String output) {
        List<String> args = new ArrayList<>(List.of(run.split("\\s+")));
        assertEquals("haven", args.remove(0));
        args.set(args.indexOf(output), folder.resolve(output).toString());
        return args.toArray(String[]::new);
    }

    private static String file(String path) {
        return SiteSkeleton.files().stream()
                .filter(f -> f.path().equals(path))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }
}
