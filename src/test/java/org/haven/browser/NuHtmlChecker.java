package org.haven.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker ({@code vnu.jar}, pinned by {@code src/test/validator/package-lock.json},
 * installed by Maven through {@code src/test/install-node-packages}), run once over a whole folder
 * of built pages: it takes seconds to start, then a few milliseconds a page.
 */
final class NuHtmlChecker {
    static final Path JAR = Path.of("src/test/validator/node_modules/vnu-jar/build/dist/vnu.jar");

    /** One error in one page, at a line of its HTML. */
    record Error(Path file, int line, String message, String extract) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message + " in «"
                    + extract.replaceAll("\\s+", " ").trim() + "»";
        }
    }

    /** Every HTML error in every {@code .html} file under {@code folder}. */
    static List<Error> errors(Path folder) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing: run src/test/install-node-packages (Maven runs it before the tests)");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process checker = new ProcessBuilder(
                            java.toString(),
                            "-jar",
                            JAR.toAbsolutePath().toString(),
                            "--errors-only",
                            "--skip-non-html",
                            "--format",
                            "json",
                            folder.toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String report = new String(checker.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            checker.waitFor();
            return parse(report, folder.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> parse(String report, Path folder) throws IOException {
        JsonNode messages = new ObjectMapper().readTree(report).path("messages");
        if (messages.isMissingNode()) throw new IllegalStateException("vnu.jar gave no report: " + report);
        List<Error> errors = new ArrayList<>();
        for (JsonNode message : messages) {
            Path file = folder.relativize(Path.of(URI.create(message.path("url").asText())));
            errors.add(new Error(
                    file,
                    message.path("lastLine").asInt(),
                    message.path("message").asText(),
                    message.path("extract").asText()));
        }
        return errors;
    }

    private NuHtmlChecker() {}
}
