package org.haven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.haven.content.ContentDigest;
import org.haven.problems.Problem;

/**
 * A build's problems on GitLab CI: {@code gl-code-quality-report.json} in the project folder, in
 * the Code Climate form GitLab reads as a code quality report, so a merge request lists each
 * problem with its file and line. An empty list when there are none, so the report is always there.
 */
final class GitLabCodeQuality {
    static final String FILE = "gl-code-quality-report.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> environment;
    private final Path siteFolder;

    GitLabCodeQuality(Map<String, String> environment, Path siteFolder) {
        this.environment = environment;
        this.siteFolder = siteFolder;
    }

    void write(List<Problem> problems) {
        String project = environment.getOrDefault("CI_PROJECT_DIR", "");
        Path report = Path.of(project.isBlank() ? "." : project).resolve(FILE);
        try {
            JSON.writeValue(report.toFile(), issues(problems));
        } catch (IOException e) {
            System.err.println("haven: " + report + " could not be written (" + e.getMessage() + ").");
        }
    }

    ArrayNode issues(List<Problem> problems) {
        ArrayNode issues = JSON.createArrayNode();
        for (Problem problem : problems) {
            String file = CiProblems.inRepository(environment.get("CI_PROJECT_DIR"), siteFolder, problem.file());
            ObjectNode issue = issues.addObject();
            issue.put("description", problem.message() + (problem.fix() == null ? "" : " Fix: " + problem.fix()));
            issue.put("check_name", "haven-" + (problem.isError() ? "error" : "warning"));
            issue.put("fingerprint", ContentDigest.hex(file + ":" + problem.line() + ":" + problem.message()));
            issue.put("severity", problem.isError() ? "critical" : "minor");
            ObjectNode location = issue.putObject("location");
            location.put("path", file);
            location.putObject("lines").put("begin", Math.max(1, problem.line()));
        }
        return issues;
    }
}
