package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees of the build cache: a second build converts nothing and says so,
 * {@code --no-cache} converts everything and keeps nothing, {@code --cache DIR} keeps it
 * elsewhere, and {@code haven clean} removes the cache and the site, but only where Haven
 * made them.
 */
class BuildCacheCommandsTest {
    @TempDir
    Path folder;

    private SiteFolderFixture site() {
        return SiteFolderFixture.minimal(folder.resolve("site"));
    }

    private HavenRun build(SiteFolderFixture site, String... more) {
        return succeeding("build", site, more);
    }

    private HavenRun clean(SiteFolderFixture site, String... more) {
        return succeeding("clean", site, more);
    }

    /** {@code haven COMMAND} on the site, with the output in the test's folder, which must succeed. */
    private HavenRun succeeding(String command, SiteFolderFixture site, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = command;
        args[1] = "--source";
        args[2] = site.root().toString();
        args[3] = "--output=" + folder.resolve("out");
        System.arraycopy(more, 0, args, 4, more.length);
        HavenRun run = HavenRun.of(args);
        assertEquals(0, run.exitCode(), run.all());
        return run;
    }

    @Test
    void aSecondBuildConvertsNothingAndSaysSo() {
        SiteFolderFixture site = site();
        assertTrue(build(site).out().contains("Converted 2 of 2 pages"));
        HavenRun again = build(site);
        assertTrue(again.out().contains("Converted 0 of 2 pages in 0.0 s (2 unchanged, from the cache)."), again.out());
        site.write("content/index.adoc", SiteFolderFixture.HOME + "\nOne more sentence.\n");
        HavenRun edited = build(site);
        assertTrue(edited.out().contains("Converted 1 of 2 pages"), edited.out());
        assertTrue(Files.isRegularFile(site.root().resolve("target/haven-cache/.haven-cache")));
    }

    @Test
    void theCacheDoesNotGrowWithEveryEdit() throws IOException {
        SiteFolderFixture site = site();
        build(site);
        long firstBuild = bytes(site);
        for (int edit = 1; edit <= 20; edit++) {
            site.write("content/index.adoc", SiteFolderFixture.HOME + "\nEdit " + edit + ".\n");
            // Every third edit changes what every page shows.
            if (edit % 3 == 0)
                site.write(
                        "data/site.yaml", SiteFolderFixture.SITE_YAML.replace("567891", String.valueOf(567800 + edit)));
            build(site);
            assertTrue(
                    bytes(site) < firstBuild * 5 / 2,
                    "edit " + edit + ": " + bytes(site) + " bytes against " + firstBuild + " after the first build");
        }
    }

    private static long bytes(SiteFolderFixture site) throws IOException {
        try (Stream<Path> files = Files.walk(site.root().resolve("target/haven-cache"))) {
            long bytes = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) bytes += Files.size(file);
            return bytes;
        }
    }

    @Test
    void withoutTheCacheEveryPageIsConvertedAndNothingKept() {
        SiteFolderFixture site = site();
        build(site, "--no-cache");
        HavenRun again = build(site, "--no-cache");
        assertTrue(again.out().contains("Converted 2 of 2 pages"), again.out());
        assertFalse(Files.exists(site.root().resolve("target/haven-cache")));
    }

    @Test
    void theCacheGoesWhereItIsAsked() {
        SiteFolderFixture site = site();
        Path cache = folder.resolve("ci-cache");
        build(site, "--cache", cache.toString());
        assertTrue(Files.isRegularFile(cache.resolve(".haven-cache")));
        assertFalse(Files.exists(site.root().resolve("target/haven-cache")));
        assertTrue(build(site, "--cache", cache.toString()).out().contains("Converted 0 of 2 pages"));
    }

    @Test
    void theCacheMayNotBeOneOfTheSitesOwnFolders() throws IOException {
        SiteFolderFixture site = site();
        HavenRun run = HavenRun.of(
                "build",
                "--source",
                site.root().toString(),
                "--cache",
                site.root().resolve("content").toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("will not keep the build cache in"), run.err());
        assertTrue(run.err().contains("content/ folder"), run.err());
        assertTrue(run.err().contains("--cache " + site.root().toRealPath().resolve("target/haven-cache")), run.err());
        assertFalse(run.err().contains("--output"), run.err());
    }

    @Test
    void aCacheThatCannotBeKeptSlowsOnlyTheNextBuildAndSaysWhy() throws IOException {
        SiteFolderFixture site = site();
        Path inTheWay = Files.writeString(folder.resolve("not-a-folder"), "someone else's file\n");
        HavenRun run = build(site, "--cache", inTheWay.toString());
        assertTrue(Files.isRegularFile(folder.resolve("out/index.html")), run.all());
        assertTrue(run.err().contains("The build cache could not be kept in " + inTheWay), run.err());
        assertTrue(run.err().contains("a file is in the way"), run.err());
        assertTrue(run.err().contains("--cache DIR"), run.err());
        assertEquals("someone else's file\n", Files.readString(inTheWay));
        assertTrue(build(site, "--cache", inTheWay.toString()).out().contains("Converted 2 of 2 pages"));
    }

    @Test
    void theCacheMayNotLieInsideTheOutputWhichEveryBuildReplaces() {
        SiteFolderFixture site = site();
        HavenRun run = HavenRun.of(
                "build",
                "--source",
                site.root().toString(),
                "--output",
                site.root().resolve("target").toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("overlap"), run.err());
        assertTrue(run.err().contains("--no-cache"), run.err());
    }

    @Test
    void cleanRemovesTheCacheAndTheSiteHavenMade() {
        SiteFolderFixture site = site();
        build(site);
        HavenRun clean = clean(site);
        assertTrue(clean.out().contains("Removed the build cache"), clean.out());
        assertTrue(clean.out().contains("Removed the built site"), clean.out());
        assertFalse(Files.exists(site.root().resolve("target/haven-cache")));
        assertFalse(Files.exists(folder.resolve("out")));
        assertTrue(Files.exists(site.root().resolve("content/index.adoc")));
        assertTrue(build(site).out().contains("Converted 2 of 2 pages"));
    }

    @Test
    void cleanLeavesFoldersHavenDidNotMake() throws IOException {
        SiteFolderFixture site = site();
        build(site);
        Files.writeString(folder.resolve("out/notes.txt"), "mine");
        Path notACache = Files.createDirectories(folder.resolve("photos"));
        Files.writeString(notACache.resolve("holiday.jpg"), "a picture");
        HavenRun clean = clean(site, "--cache", notACache.toString());
        assertTrue(clean.out().contains("holds files Haven did not write (notes.txt)"), clean.out());
        assertTrue(clean.out().contains("has no .haven-cache file"), clean.out());
        assertTrue(Files.exists(folder.resolve("out/notes.txt")));
        assertTrue(Files.exists(notACache.resolve("holiday.jpg")));
    }

    @Test
    void cleanSaysWhenThereIsNothingToRemoveAndLeavesAFileWhereTheCacheWouldBe() throws IOException {
        SiteFolderFixture site = site();
        Path aFile = Files.writeString(folder.resolve("not-a-folder"), "someone else's file\n");
        HavenRun clean = clean(site, "--cache", aFile.toString());
        assertTrue(
                clean.out().contains("Left the build cache " + aFile + " as it is: it is not a folder"), clean.out());
        assertTrue(
                clean.out()
                        .contains(
                                "Nothing to remove for the built site: " + folder.resolve("out") + " does not exist."),
                clean.out());
        assertEquals("someone else's file\n", Files.readString(aFile));
    }
}
