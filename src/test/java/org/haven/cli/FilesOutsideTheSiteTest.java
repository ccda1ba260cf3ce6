package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing from elsewhere on the computer reaches the published site: a symbolic link in the
 * site folder to a file or folder outside it stops the build with an error naming the link.
 * Links that stay inside the site folder work as the files they point to.
 */
class FilesOutsideTheSiteTest {
    private static final String SECRET = "SECRET-FROM-OUTSIDE-THE-SITE";

    @TempDir
    Path folder;

    private SiteFolderFixture site;
    private Path output;
    private Path elsewhere;

    @BeforeEach
    void buildTheLastGoodSite() throws IOException {
        site = SiteFolderFixture.minimal(folder.resolve("site"));
        elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("passwords.txt"), SECRET + "\n");
        Files.writeString(elsewhere.resolve("_partial.adoc"), SECRET + "\n");
        Files.writeString(elsewhere.resolve("page.adoc"), SiteFolderFixture.CONCERN.replace("A social worker", SECRET));
        output = folder.resolve("out");
        HavenRun first = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());
        assertEquals(0, first.exitCode(), first.all());
    }

    static Stream<Arguments> linksOutOfTheSite() {
        return Stream.of(
                leak(
                        "a file in assets/ linked to a file elsewhere",
                        "assets/files/passwords.txt",
                        t -> t.link("assets/files/passwords.txt", t.elsewhere.resolve("passwords.txt"))),
                leak(
                        "a folder in assets/ linked to a folder elsewhere",
                        "assets/shared",
                        t -> t.link("assets/shared", t.elsewhere)),
                leak(
                        "the system's password file linked into assets/",
                        "assets/passwd",
                        t -> t.link("assets/passwd", Path.of("/etc/passwd"))),
                leak(
                        "a page linked to a file elsewhere",
                        "content/reporting/help.adoc",
                        t -> t.link("content/reporting/help.adoc", t.elsewhere.resolve("page.adoc"))),
                leak(
                        "a folder of pages linked to a folder elsewhere",
                        "content/more",
                        t -> t.link("content/more", t.elsewhere)),
                leak(
                        "an included partial linked to a file elsewhere",
                        "content/reporting/_partial.adoc",
                        t -> t.includeIn("content/reporting/worried.adoc", "_partial.adoc")
                                .link("content/reporting/_partial.adoc", t.elsewhere.resolve("_partial.adoc"))),
                leak(
                        "a partial included by a partial, linked to a file elsewhere",
                        "content/_inner.adoc",
                        t -> t.includeIn("content/reporting/worried.adoc", "../_outer.adoc")
                                .write("content/_outer.adoc", "include::_inner.adoc[]\n")
                                .link("content/_inner.adoc", t.elsewhere.resolve("_partial.adoc"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linksOutOfTheSite")
    void aLinkOutOfTheSiteFolderStopsTheBuildNamingTheLink(
            String what, String link, Consumer<FilesOutsideTheSiteTest> makeIt) {
        Map<String, String> before = SiteFolderFixture.snapshot(output);
        makeIt.accept(this);

        HavenRun run = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(
                run.err().contains(link + ": error: This is a link to "), "names the link " + link + ":\n" + run.err());
        assertTrue(run.err().contains("outside the site folder"), run.err());
        assertTrue(run.err().contains("Fix:"), run.err());
        assertFalse(run.all().contains("\tat ") || run.all().contains("Exception"), "no stack trace:\n" + run.all());
        assertEquals(before, SiteFolderFixture.snapshot(output), "the last good site is untouched");
    }

    @Test
    void linksThatStayInsideTheSiteFolderArePublishedAndIncluded() throws IOException {
        site.write("shared/plan.txt", "Our plan.\n").write("shared/_hours.adoc", "We are open SHARED-OPENING-HOURS.\n");
        link("assets/files/plan.txt", site.root().resolve("shared/plan.txt"));
        link("assets/shared", site.root().resolve("shared"));
        link("content/reporting/_hours.adoc", site.root().resolve("shared/_hours.adoc"));
        includeIn("content/reporting/worried.adoc", "_hours.adoc");

        HavenRun run = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(0, run.exitCode(), run.all());
        assertEquals("Our plan.\n", Files.readString(output.resolve("files/plan.txt")));
        assertEquals("Our plan.\n", Files.readString(output.resolve("shared/plan.txt")));
        assertTrue(
                Files.readString(output.resolve("reporting/worried/index.html")).contains("SHARED-OPENING-HOURS"));
    }

    private FilesOutsideTheSiteTest link(String file, Path target) {
        try {
            Path link = site.root().resolve(file);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FilesOutsideTheSiteTest includeIn(String page, String partial) {
        site.write(page, SiteFolderFixture.CONCERN + "\ninclude::" + partial + "[]\n");
        return this;
    }

    private FilesOutsideTheSiteTest write(String file, String text) {
        site.write(file, text);
        return this;
    }

    private static Arguments leak(String what, String link, Consumer<FilesOutsideTheSiteTest> makeIt) {
        return Arguments.of(what, link, makeIt);
    }
}
