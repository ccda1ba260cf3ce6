package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.haven.support.HavenProcess;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build replaces everything in its output folder, so Haven writes only to an empty folder or
 * one it built before, never to the site's own folders, the repository or the home folder,
 * however the path is written. Each case runs haven in a process of its own with a temporary
 * home folder: {@code home/repo/.git}, the site in {@code home/repo/site}.
 */
class OutputFolderTest {
    @TempDir
    Path folder;

    private Path home;
    private Path repository;
    private SiteFolderFixture site;

    @BeforeEach
    void aSiteInARepositoryInAHomeFolder() throws IOException {
        home = folder.resolve("home");
        repository = home.resolve("repo");
        site = SiteFolderFixture.minimal(repository.resolve("site"))
                .write("templates/README.txt", "Our templates.\n")
                .write("assets/files/plan.txt", "Our plan.\n");
        site.write("../.git/HEAD", "ref: refs/heads/main\n");
        Files.writeString(home.resolve("letter.txt"), "Dear Sam\n");
    }

    static Stream<Arguments> foldersThatMustSurvive() {
        return Stream.of(
                refused("a folder of someone's other files", "holds files Haven did not write (notes.txt)", t -> {
                    Path documents = t.home.resolve("documents");
                    write(documents.resolve("notes.txt"), "Keep me.\n");
                    return documents;
                }),
                refused("the home folder", "is your home folder", t -> t.home),
                refused("a folder holding the home folder", "holds", t -> t.folder),
                refused("a file that is already there", "is a file, not a folder", t -> t.home.resolve("letter.txt")),
                refused("the site folder", "is the site folder", t -> t.site.root()),
                refused("the site's content folder", "is the site's content/ folder", t -> t.site.root()
                        .resolve("content")),
                refused(
                        "a folder inside the content folder",
                        "lies inside the site's content/ folder",
                        t -> t.site.root().resolve("content/site")),
                refused("the site's templates folder", "is the site's templates/ folder", t -> t.site.root()
                        .resolve("templates")),
                refused("the site's data folder", "is the site's data/ folder", t -> t.site.root()
                        .resolve("data")),
                refused("the site's assets folder", "is the site's assets/ folder", t -> t.site.root()
                        .resolve("assets")),
                refused(
                        "the repository's .git folder",
                        "is the repository's history (.git)",
                        t -> t.repository.resolve(".git")),
                refused("the folder holding the repository", "is the git repository the site is in", t -> t.repository),
                refused("content/ reached through a link to the site folder", "is the site's content/ folder", t -> {
                    Path shortcut = t.home.resolve("shortcut");
                    link(shortcut, t.site.root());
                    return shortcut.resolve("content");
                }),
                refused("the site folder written with ..", "is the site folder", t -> t.site.root()
                        .resolve("content/../.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foldersThatMustSurvive")
    void refusesAnOutputFolderWhoseFilesWouldBeLost(
            String what, String reason, Function<OutputFolderTest, Path> output) {
        Path chosen = output.apply(this);
        Map<String, String> everything = SiteFolderFixture.snapshot(folder);

        HavenRun run =
                HavenProcess.run(home, "build", "--source", site.root().toString(), "--output", chosen.toString());

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(reason), "says why (" + reason + "):\n" + run.err());
        assertTrue(run.err().contains("Fix:"), "says what to do:\n" + run.err());
        assertFalse(run.all().contains("\tat ") || run.all().contains("Exception"), "no stack trace:\n" + run.all());
        assertEquals(everything, SiteFolderFixture.snapshot(folder), "not one file changed, appeared or went");
    }

    @Test
    void forceDoesNotReplaceTheSitesOwnFolders() {
        HavenRun run = HavenProcess.run(
                home,
                "build",
                "--force",
                "--source",
                site.root().toString(),
                "--output",
                site.root().resolve("templates").toString());

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(
                run.err().contains("is the site's templates/ folder")
                        && run.err().contains("--force does not change this"),
                run.err());
        assertTrue(Files.exists(site.root().resolve("templates/README.txt")));
    }

    @Test
    void buildsIntoAFolderInsideTheHomeFolder() {
        Path output = home.resolve("sites/out");

        HavenRun run =
                HavenProcess.run(home, "build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.isRegularFile(output.resolve("reporting/worried/index.html")));
        assertTrue(Files.isRegularFile(home.resolve("letter.txt")), "the rest of the home folder is untouched");
    }

    @Test
    void replacesAnEmptyFolderOrOneItBuiltButNotAFileAddedByHandUnlessForced() throws IOException {
        Path output = Files.createDirectories(folder.resolve("out"));
        assertEquals(0, build(output).exitCode(), "an empty folder");
        assertEquals(0, build(output).exitCode(), "the folder Haven built");
        write(output.resolve("CNAME"), "www.example.org.uk\n");

        HavenRun refused = build(output);

        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("holds files Haven did not write (CNAME)"), refused.err());
        assertTrue(refused.err().contains("--force"), "says how to go past:\n" + refused.err());
        assertTrue(Files.exists(output.resolve("CNAME")));

        HavenRun forced = build(output, "--force");

        assertEquals(0, forced.exitCode(), forced.all());
        assertFalse(Files.exists(output.resolve("CNAME")), "--force replaces the folder");
        assertTrue(Files.isRegularFile(output.resolve("reporting/worried/index.html")));
    }

    private HavenRun build(Path output, String... more) {
        String[] args = Stream.concat(
                        Stream.of("build", "--source", site.root().toString(), "--output", output.toString()),
                        Stream.of(more))
                .toArray(String[]::new);
        return HavenRun.of(args);
    }

    private static Arguments refused(String what, String reason, Function<OutputFolderTest, Path> output) {
        return Arguments.of(what, reason, output);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
