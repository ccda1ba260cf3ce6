package org.haven.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.haven.content.WebPath;
import org.haven.problems.Problem;

/**
 * Shows a build's or check's problems where a CI system puts them in front of a person, as well
 * as in the log: on GitHub Actions ({@code GITHUB_ACTIONS=true}) an annotation on each file and
 * line and a table on the run's summary page ({@link GitHubActions}); on GitLab CI
 * ({@code GITLAB_CI=true}) a code quality report the merge request shows
 * ({@link GitLabCodeQuality}). Anywhere else, nothing more.
 */
final class CiProblems {
    private final Map<String, String> environment;

    CiProblems(Map<String, String> environment) {
        this.environment = environment;
    }

    static CiProblems here() {
        return new CiProblems(System.getenv());
    }

    /**
     * @param outcome what became of the site, as a heading: "The site was not built"…
     * @param siteFolder the site folder, whose files the problems name
     */
    void report(String outcome, List<Problem> problems, Path siteFolder, PrintStream out) {
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            new GitHubActions(environment, siteFolder).report(outcome, problems, out);
        }
        if ("true".equals(environment.get("GITLAB_CI"))) {
            new GitLabCodeQuality(environment, siteFolder).write(problems);
        }
    }

    /**
     * A site file's path from the repository's top folder, with {@code /}: CI systems name files
     * from there, and the site may be a folder inside the repository.
     */
    static String inRepository(String repository, Path siteFolder, String file) {
        if (repository == null || repository.isBlank()) return file;
        Path top = Path.of(repository).toAbsolutePath().normalize();
        Path site = siteFolder.toAbsolutePath().normalize();
        if (!site.startsWith(top) || site.equals(top)) return file;
        return WebPath.of(top, site) + "/" + file;
    }
}
