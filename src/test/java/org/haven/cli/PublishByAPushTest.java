package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The CI files {@code haven init} writes: a push to main publishes the site with Java 17 and a
 * strict build, a pull or merge request builds it for review, and a failed build says which
 * file and line on the page a person sees first.
 */
class PublishByAPushTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, String> FILES = SiteSkeleton.files().stream()
            .collect(Collectors.toMap(
                    SiteSkeleton.SkeletonFile::path,
                    f -> new String(f.content(), java.nio.charset.StandardCharsets.UTF_8)));

    @Test
    void gitHubPublishesEveryPushToMainOnPagesAndKeepsEachPullRequestsSiteForReview() throws Exception {
        String text = FILES.get(".github/workflows/publish.yml");
        JsonNode workflow = YAML.readTree(text);
        assertEquals("main", workflow.at("/on/push/branches/0").asText());
        assertEquals("main", workflow.at("/on/pull_request/branches/0").asText());
        assertTrue(workflow.at("/env/HAVEN_ZIP_URL").asText().endsWith(".zip"));
        assertTrue(text.indexOf("HAVEN_ZIP_URL") < text.indexOf("\non:"), "the setting is at the top of the file");
        assertTrue(text.contains("no public release host yet"), "the file says where the zip must come from");

        List<JsonNode> build = list(workflow.at("/jobs/build/steps"));
        JsonNode java = step(build, "actions/setup-java@");
        assertEquals("temurin", java.at("/with/distribution").asText());
        assertEquals("17", java.at("/with/java-version").asText());
        String run = build.stream()
                .map(s -> s.path("run").asText())
                .filter(r -> r.contains("haven build"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "haven build --strict --output _site", run, "Haven writes the job summary itself (ProblemsInCiTest)");
        assertEquals(
                "_site",
                step(build, "actions/upload-pages-artifact@").at("/with/path").asText());
        assertTrue(step(build, "actions/upload-pages-artifact@")
                .path("if")
                .asText()
                .contains("!= 'pull_request'"));
        assertTrue(step(build, "actions/upload-artifact@").path("if").asText().contains("== 'pull_request'"));

        JsonNode deploy = workflow.at("/jobs/deploy");
        assertEquals("build", deploy.path("needs").asText());
        assertEquals("write", deploy.at("/permissions/pages").asText());
        assertEquals("write", deploy.at("/permissions/id-token").asText());
        assertTrue(deploy.path("if").asText().contains("!= 'pull_request'"), "a pull request is never published");
        step(list(deploy.path("steps")), "actions/deploy-pages@");
    }

    @Test
    void gitLabPublishesMainOnPagesAndBuildsEachMergeRequestForReview() throws Exception {
        String text = FILES.get(".gitlab-ci.yml");
        JsonNode ci = YAML.readTree(text);
        assertTrue(ci.at("/variables/HAVEN_ZIP_URL").asText().endsWith(".zip"));
        assertTrue(text.contains("no public release host yet"));
        assertEquals("eclipse-temurin:17", ci.path("image").asText());
        String script = String.join(
                "\n",
                list(ci.at("/.haven-build/script")).stream()
                        .map(JsonNode::asText)
                        .toList());
        assertTrue(script.contains("build --strict --output public"), script);

        JsonNode pages = ci.path("pages");
        assertEquals(".haven-build", pages.path("extends").asText());
        assertEquals("public", pages.at("/artifacts/paths/0").asText());
        assertTrue(pages.at("/rules/0/if").asText().contains("$CI_COMMIT_BRANCH == \"main\""));
        JsonNode review = ci.path("review");
        assertEquals(".haven-build", review.path("extends").asText());
        assertTrue(review.at("/rules/0/if").asText().contains("merge_request_event"));
        assertTrue(review.at("/artifacts/paths/0").asText().startsWith("public"));
    }

    @Test
    void bothKeepTheBuildCacheAndTheClassArchiveBetweenRunsSoThatOneEditedPageIsAllThatIsConverted() throws Exception {
        List<JsonNode> build =
                list(YAML.readTree(FILES.get(".github/workflows/publish.yml")).at("/jobs/build/steps"));
        JsonNode cache = step(build, "actions/cache@");
        assertEquals(
                List.of("target/haven-cache", "~/.cache/haven"),
                cache.at("/with/path").asText().lines().toList());
        assertTrue(cache.at("/with/key").asText().contains("${{ github.sha }}"), "each run keeps what it learnt");
        assertTrue(!cache.at("/with/restore-keys").asText().isBlank(), "a run starts from the last one's");
        assertTrue(
                build.indexOf(cache)
                        < build.indexOf(build.stream()
                                .filter(s -> s.path("run").asText().contains("haven build"))
                                .findFirst()
                                .orElseThrow()),
                "the cache is back before the build");

        JsonNode job = YAML.readTree(FILES.get(".gitlab-ci.yml")).path(".haven-build");
        assertEquals(
                List.of("target/haven-cache", ".cache/haven"),
                list(job.at("/cache/paths")).stream().map(JsonNode::asText).toList());
        assertEquals(
                "$CI_PROJECT_DIR/.cache",
                job.at("/variables/XDG_CACHE_HOME").asText(),
                "the class archive is kept in the project, where GitLab can keep it");
    }

    private static JsonNode step(List<JsonNode> steps, String action) {
        return steps.stream()
                .filter(s -> s.path("uses").asText().startsWith(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        assertTrue(!items.isEmpty(), "a list is there");
        return items;
    }
}
