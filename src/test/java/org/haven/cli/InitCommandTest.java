package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.haven.support.HavenRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code haven init}: a new partnership starts with a site that previews at once, says what is
 * still to write, cannot be published until it is written, and publishes once it is.
 */
class InitCommandTest {
    /** What a comms team might write in site.yaml in place of each FILL IN, by setting. */
    private static final Map<String, String> SETTINGS = Map.of(
            "name",
            "Anytown Safeguarding Children Partnership",
            "short-name",
            "ASCP",
            "url",
            "https://www.example.org.uk",
            "phone",
            "0161 496 0000",
            "hours",
            "Monday to Friday, 9am to 5pm",
            "compliance",
            "partially",
            "report-email",
            "web@example.org.uk",
            "prepared-on",
            "2026-11-01");

    @TempDir
    Path parent;

    @Test
    void writesASiteWhoseEveryFillInIsListedAndWhichPublishesOnceWritten() throws IOException {
        Path site = parent.resolve("anytown");
        HavenRun init = HavenRun.of("init", site.toString());
        assertEquals(0, init.exitCode(), init.all());
        for (String file : new String[] {
            "data/site.yaml",
            "content/index.adoc",
            "content/reporting/worried-about-a-child.easy.adoc",
            "content/reporting/professionals.adoc",
            "content/levels/level-4.adoc",
            "content/about/index.easy.adoc",
            ".github/workflows/publish.yml",
            ".gitlab-ci.yml"
        }) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertTrue(Files.readString(site.resolve(".gitignore")).lines().anyMatch("target/"::equals));

        HavenRun check = HavenRun.of("check", "--source", site.toString());
        assertEquals(0, check.exitCode(), "a new site previews and checks before anything is written: " + check.all());
        assertTrue(
                check.out().contains("data/site.yaml:4: warning: site.yaml still says 'FILL IN' for name"),
                check.out());
        assertTrue(
                check.out()
                        .contains("content/reporting/worried-about-a-child.adoc:5: warning in a draft: Still to write"),
                check.out());
        assertTrue(check.out().contains("Fix: Write the page's own words in place of 'FILL IN…'."), check.out());
        assertFalse(check.out().contains("'FILL', which is not explained"), "FILL IN is not taken for an acronym");

        HavenRun unwritten = HavenRun.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                parent.resolve("out").toString());
        assertEquals(1, unwritten.exitCode(), unwritten.all());
        assertTrue(
                unwritten
                        .err()
                        .contains(
                                "data/site.yaml:6: error: site.yaml still says 'FILL IN' for url, so the site cannot be published."),
                unwritten.err());

        fillInEverything(site);
        HavenRun written = HavenRun.of(
                "build",
                "--strict",
                "--source",
                site.toString(),
                "--output",
                parent.resolve("out").toString());
        assertEquals(0, written.exitCode(), written.all());
        assertTrue(Files.isRegularFile(parent.resolve("out/reporting/worried-about-a-child/easy-read/index.html")));
        assertTrue(Files.isRegularFile(parent.resolve("out/_headers")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(parent.resolve("notes.txt"), "mine");
        HavenRun init = HavenRun.of("init", parent.toString());
        assertEquals(2, init.exitCode());
        assertTrue(
                init.err().contains("is not empty. haven init writes a new site only into a new or empty folder"),
                init.err());
        try (Stream<Path> files = Files.list(parent)) {
            assertEquals(1, files.count(), "nothing was written beside the file already there");
        }
    }

    private static void fillInEverything(Path site) throws IOException {
        Path settings = site.resolve("data/site.yaml");
        Files.writeString(
                settings,
                Files.readString(settings)
                        .lines()
                        .filter(line -> !line.startsWith("#"))
                        .map(line -> {
                            String key = line.trim().replaceFirst("^- ", "").replaceFirst(":.*", "");
                            return line.replaceFirst(
                                    "FILL IN.*", SETTINGS.getOrDefault(key, "Some documents are PDFs."));
                        })
                        .collect(Collectors.joining("\n", "", "\n")));
        try (Stream<Path> pages = Files.walk(site.resolve("content"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                Files.writeString(
                        page,
                        Files.readString(page)
                                .replaceAll("FILL IN[^\n]*", "We help keep children safe.")
                                .replace(":jbake-status: draft", ":jbake-status: published"));
            }
        }
    }
}
