package org.haven.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.haven.problems.Problem;

/**
 * A build's problems on GitHub Actions: an {@code ::error file=…,line=…::} annotation for each
 * of the first ten errors and ten warnings (all GitHub shows, on the run and beside the pull
 * request's changes), and every problem in a table on the run's summary page
 * ({@code $GITHUB_STEP_SUMMARY}), each file a link to its line in the commit that was built.
 */
final class GitHubActions {
    /** GitHub shows ten annotations of each kind from a step and drops the rest. */
    static final int ANNOTATIONS_SHOWN = 10;
    /** A summary page holds at most 1 MiB; a row is a few hundred bytes. */
    static final int ROWS_SHOWN = 1000;

    private final Map<String, String> environment;
    private final Path siteFolder;

    GitHubActions(Map<String, String> environment, Path siteFolder) {
        this.environment = environment;
        this.siteFolder = siteFolder;
    }

    void report(String outcome, List<Problem> problems, PrintStream out) {
        if (problems.isEmpty()) return;
        for (boolean errors : new boolean[] {true, false}) {
            problems.stream()
                    .filter(problem -> problem.isError() == errors)
                    .limit(ANNOTATIONS_SHOWN)
                    .forEach(problem -> out.println(annotation(problem)));
        }
        String summary = environment.get("GITHUB_STEP_SUMMARY");
        if (summary == null || summary.isBlank()) return;
        try {
            Files.writeString(
                    Path.of(summary),
                    summary(outcome, problems),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("haven: the job summary could not be written (" + e.getMessage() + ").");
        }
    }

    String annotation(Problem problem) {
        return "::" + (problem.isError() ? "error" : "warning") + " file=" + property(file(problem))
                + (problem.line() > 0 ? ",line=" + problem.line() : "") + ",title="
                + property("Haven: " + problem.kind())
                + "::" + data(problem.message() + (problem.fix() == null ? "" : "\nFix: " + problem.fix()));
    }

    String summary(String outcome, List<Problem> problems) {
        StringBuilder markdown = new StringBuilder("## ")
                .append(outcome)
                .append("\n\nHaven found ")
                .append(Console.count(problems.size(), "problem"))
                .append(". Each names the file and line to change, what is wrong and how to put it right.\n\n")
                .append("| File | Line | What is wrong | How to fix it |\n| --- | ---: | --- | --- |\n");
        for (Problem problem : problems.subList(0, Math.min(problems.size(), ROWS_SHOWN))) {
            markdown.append("| ")
                    .append(fileLink(problem))
                    .append(" | ")
                    .append(problem.line() > 0 ? String.valueOf(problem.line()) : "")
                    .append(" | ")
                    .append(cell((problem.isError() ? "" : "Warning: ") + problem.message()))
                    .append(" | ")
                    .append(cell(problem.fix() == null ? "" : problem.fix()))
                    .append(" |\n");
        }
        if (problems.size() > ROWS_SHOWN) {
            markdown.append("\nAnd ")
                    .append(Console.count(problems.size() - ROWS_SHOWN, "more problem"))
                    .append(": the job's log lists every one.\n");
        }
        return markdown.append('\n').toString();
    }

    private String file(Problem problem) {
        return CiProblems.inRepository(environment.get("GITHUB_WORKSPACE"), siteFolder, problem.file());
    }

    /** The file, as a link to its line in the commit built when the run says which that is. */
    private String fileLink(Problem problem) {
        String file = file(problem);
        String server = environment.get("GITHUB_SERVER_URL");
        String repository = environment.get("GITHUB_REPOSITORY");
        String commit = environment.get("GITHUB_SHA");
        String name = "`" + file.replace("`", "") + "`";
        if (server == null || repository == null || commit == null) return name;
        return "[" + name + "](" + server + "/" + repository + "/blob/" + commit + "/" + file.replace(" ", "%20")
                + (problem.line() > 0 ? "#L" + problem.line() : "") + ")";
    }

    private static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").replace("<", "&lt;");
    }

    /** A workflow command's message, escaped as GitHub's toolkit escapes it. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
