package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.haven.support.ExampleSite;
import org.haven.support.Folders;
import org.haven.support.HavenProcess;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds into one output folder never publish a broken site: two at once each publish the
 * whole site, and a build that stops anywhere, even while moving its change into the output or
 * between the two renames that put a site where there was none, leaves the last good site, or
 * its whole change, for the next build to find.
 */
class OneBuildAtATimeTest {
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void twoBuildsAtOnceEachPublishTheWholeSite() {
        Path exampleSite = ExampleSite.ROOT;
        Path reference = folder.resolve("reference");
        HavenRun alone = HavenRun.of("build", "--source", exampleSite.toString(), "--output", reference.toString());
        assertEquals(0, alone.exitCode(), alone.all());
        Map<String, String> wholeSite = Folders.contents(reference);
        Path output = folder.resolve("sites/out");

        for (int round = 1; round <= ROUNDS; round++) {
            List<HavenProcess> builds = Stream.of(1, 2)
                    .map(n -> HavenProcess.start(
                            folder, "build", "--source", exampleSite.toString(), "--output", output.toString()))
                    .toList();
            for (HavenProcess build : builds) {
                HavenRun run = build.finish();
                assertEquals(0, run.exitCode(), "round " + round + ":\n" + run.all());
            }
            assertEquals(
                    wholeSite,
                    Folders.contents(output),
                    "round " + round + ": the published folder is the whole site, every file as built alone");
            assertEquals(
                    List.of(".out.haven-lock", "out"),
                    names(output.getParent()),
                    "round " + round + ": no staging folder is left");
        }
    }

    @Test
    void aBuildKilledMidwayLeavesTheLastSiteAndDoesNotBlockTheNext() throws InterruptedException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        Path output = folder.resolve("sites/out");
        assertEquals(0, build(site, output).exitCode());
        Map<String, String> lastSite = Folders.contents(output);

        HavenProcess killed =
                HavenProcess.start(folder, "build", "--source", site.root().toString(), "--output", output.toString());
        for (int waited = 0; waited < 1200 && !isStaging(output); waited++) Thread.sleep(100);
        assertTrue(isStaging(output), "the build started writing");
        killed.kill();

        assertEquals(lastSite, Folders.contents(output), "the last site is still there");
        HavenRun next = build(site, output);
        assertEquals(0, next.exitCode(), next.all());
        assertEquals(lastSite, Folders.contents(output));
    }

    @Test
    void aBuildThatStoppedBetweenTheTwoRenamesLeavesTheLastSiteForTheNextBuild() throws IOException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        Path output = folder.resolve("sites/out");
        assertEquals(0, build(site, output).exitCode());
        Map<String, String> lastSite = Folders.contents(output);
        Files.move(output, output.resolveSibling(".out.haven-old"));
        Files.createDirectories(output.resolveSibling(".out.haven-new-12345/reporting"));
        breakAPage(site);

        HavenRun failed = build(site, output);

        assertEquals(1, failed.exitCode(), failed.all());
        assertEquals(lastSite, Folders.contents(output), "the last good site is back in place, not no site at all");
        assertEquals(
                List.of(".out.haven-lock", "out"), names(output.getParent()), "the crashed build's folders are gone");
    }

    @Test
    void aSitePutBackAfterACrashIsRefusedWhenItHoldsFilesHavenDidNotWrite() throws IOException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        Path output = folder.resolve("sites/out");
        assertEquals(0, build(site, output).exitCode());
        Files.move(output, output.resolveSibling(".out.haven-old"));
        Files.writeString(output.resolveSibling(".out.haven-old/notes.txt"), "someone's notes");

        HavenRun refused = build(site, output);

        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("holds files Haven did not write (notes.txt)"), refused.err());
        assertEquals("someone's notes", Files.readString(output.resolve("notes.txt")));
    }

    @Test
    void aBuildThatStoppedAfterTheSecondRenameLeavesTheNewSite() throws IOException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        Path output = folder.resolve("sites/out");
        assertEquals(0, build(site, output).exitCode());
        Files.createDirectories(output.resolveSibling(".out.haven-old/reporting"));
        Files.writeString(output.resolveSibling(".out.haven-old/reporting/old.html"), "the site before");
        Map<String, String> newSite = Folders.contents(output);

        HavenRun next = build(site, output);

        assertEquals(0, next.exitCode(), next.all());
        assertEquals(newSite, Folders.contents(output));
        assertEquals(List.of(".out.haven-lock", "out"), names(output.getParent()));
    }

    @Test
    void aChangeRecordedButNotAppliedWhenTheBuildStoppedIsFinishedByTheNextBuildEvenOneThatFails() throws IOException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        site.write(
                "content/news/old.adoc",
                SiteFolderFixture.HOME.replace("= Welcome", "= Old news").replace("xref:", "xref:../"));
        Path output = folder.resolve("sites/out");
        assertEquals(0, build(site, output).exitCode());
        site.delete("content/news/old.adoc").write("content/index.adoc", SiteFolderFixture.HOME + "\nA new line.\n");
        Path newSite = folder.resolve("new-site");
        assertEquals(0, build(site, newSite).exitCode());
        Path applying = output.resolveSibling(".out.haven-applying");
        Folders.copyTree(newSite, applying);
        List<String> gone = Folders.contents(output).keySet().stream()
                .filter(file -> !Folders.contents(newSite).containsKey(file))
                .map(file -> file.replace('\\', '/'))
                .toList();
        assertTrue(gone.contains("news/old/index.html"), gone.toString());
        Files.writeString(applying.resolve(".haven-deletions"), String.join("\0", gone) + "\0news/old\0news\0");
        // Stopped partway: one file already moved in.
        Files.move(applying.resolve("index.html"), output.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);
        breakAPage(site);

        HavenRun failed = build(site, output);

        assertEquals(1, failed.exitCode(), failed.all());
        assertEquals(
                Folders.contents(newSite),
                Folders.contents(output),
                "the recorded change is the site published, whole");
        assertFalse(Files.exists(output.resolve("news")), "the folder the new site no longer has is gone");
        assertEquals(List.of(".out.haven-lock", "out"), names(output.getParent()));
    }

    @Test
    void aChangeNotYetRecordedWhenTheBuildStoppedNeverReachesTheOutput() throws IOException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        Path output = folder.resolve("sites/out");
        assertEquals(0, build(site, output).exitCode());
        Map<String, String> lastSite = Folders.contents(output);
        Path applying = output.resolveSibling(".out.haven-applying");
        Files.createDirectories(applying);
        Files.writeString(applying.resolve("index.html"), "half a page");
        breakAPage(site);

        HavenRun failed = build(site, output);

        assertEquals(1, failed.exitCode(), failed.all());
        assertEquals(lastSite, Folders.contents(output));
        assertEquals(List.of(".out.haven-lock", "out"), names(output.getParent()));
    }

    /** Gives a page a type the content contract does not have, so that the next build fails. */
    private static void breakAPage(SiteFolderFixture site) {
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN.replace(":jbake-type: concern", ":jbake-type: leaflet"));
    }

    private static HavenRun build(SiteFolderFixture site, Path output) {
        return HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());
    }

    private static boolean isStaging(Path output) {
        return names(output.getParent()).stream().anyMatch(name -> name.startsWith(".out.haven-new"));
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
