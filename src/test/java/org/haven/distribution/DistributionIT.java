package org.haven.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.haven.support.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a comms team's laptop gets it: the zip unpacked into a folder of its own
 * and run with nothing on PATH but Java and the shell, no Maven and no clone of this repository.
 */
class DistributionIT {
    @TempDir
    static Path folder;

    private static Path haven;
    private static Path path;

    @BeforeAll
    static void unpackTheZip() throws Exception {
        Path zip;
        try (Stream<Path> made = Files.list(Path.of("target"))) {
            zip = made.filter(p -> p.getFileName().toString().matches("haven-.*\\.zip"))
                    .findFirst()
                    .orElseThrow();
        }
        Path unpacked = folder.resolve("unpacked");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) Files.createDirectories(target);
                else copy(in, target);
            }
        }
        try (Stream<Path> top = Files.list(unpacked)) {
            haven = top.findFirst().orElseThrow().resolve("bin/haven");
        }
        haven.toFile().setExecutable(true);
        path = onlyJavaAndTheShell(folder.resolve("path"));
    }

    @Test
    void theZipHoldsTheLaunchersTheLibrariesAndTheTheme() {
        Path home = haven.getParent().getParent();
        assertTrue(Files.isRegularFile(home.resolve("bin/haven.cmd")));
        assertTrue(Files.isRegularFile(home.resolve("lib/haven.jar")));
        assertTrue(Files.isRegularFile(home.resolve("theme/templates/layout.peb")));
        assertTrue(Files.isRegularFile(home.resolve("theme/assets/images/easy/phone.svg")), "the easy-read pictures");
        assertTrue(Files.isRegularFile(home.resolve("README.md")));
    }

    @Test
    void itBuildsTheExampleSiteItShips() throws Exception {
        Path example = haven.getParent().getParent().resolve("examples/stockport");

        Run build = run(
                "build",
                "--source",
                example.toString(),
                "--output",
                folder.resolve("example-out").toString());

        assertEquals(0, build.exitCode(), build.output());
        assertTrue(Files.isRegularFile(folder.resolve("example-out/reporting/index.html")), build.output());
    }

    @Test
    void runOutsideASiteFolderItSaysSoInsteadOfBuildingTheExample() throws Exception {
        Run build = run("build", "--output", folder.resolve("nothing").toString());

        assertEquals(2, build.exitCode(), build.output());
        assertTrue(build.output().contains("is not a site folder"), build.output());
        assertFalse(Files.exists(folder.resolve("nothing")), build.output());
    }

    @Test
    void itRunsWithJavaAloneAndSaysItsVersion() throws Exception {
        assertFalse(Files.exists(path.resolve("mvn")), "Maven is not on the PATH the test gives");
        Run run = run("--version");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("Haven "), run.output());
    }

    @Test
    void itBuildsAndChecksASiteOfItsOwn() throws Exception {
        Path site = folder.resolve("riverside");
        Folders.copyTree(Path.of("src/test/resources/sites/riverside"), site);

        Run build = run(
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve("out").toString());
        Run check = run("check", "--source", site.toString());

        assertEquals(0, build.exitCode(), build.output());
        assertTrue(Files.isRegularFile(folder.resolve("out/index.html")), build.output());
        assertTrue(
                Files.isRegularFile(folder.resolve("out/theme/js/haven.js")), "the theme inside the jar is published");
        assertEquals(0, check.exitCode(), check.output());
    }

    @Test
    void afterABuildHavenStaysReadyInTheBackgroundAndTheNextBuildIsTheSame() throws Exception {
        Path site = folder.resolve("background");
        Folders.copyTree(Path.of("src/test/resources/sites/riverside"), site);
        Map<String, String> laptop = Map.of("HAVEN_DAEMON", "on");
        Path daemons = Path.of(System.getProperty("java.io.tmpdir"), "haven-" + System.getProperty("user.name"));
        List<Path> before = sockets(daemons);

        Run first = run(laptop, build(site, "bg-out"));
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("Haven stays ready in the background"), first.output());
        Path socket = newSocket(daemons, before);

        Files.writeString(site.resolve("content/index.adoc"), "\nOne more sentence.\n", StandardOpenOption.APPEND);
        Run second = run(laptop, build(site, "bg-out"));
        Run alone = run(build(
                site, "alone-out", "--cache", folder.resolve("alone-cache").toString()));

        assertEquals(0, second.exitCode(), second.output());
        assertEquals(0, alone.exitCode(), alone.output());
        assertFalse(second.output().contains("stays ready"), "no second Haven was started: " + second.output());
        String log =
                Files.readString(daemons.resolve(socket.getFileName().toString().replace(".sock", ".log")));
        assertTrue(log.contains("ran: build --source " + site), "the background Haven built it: " + log);
        assertEquals(Folders.contents(folder.resolve("alone-out")), Folders.contents(folder.resolve("bg-out")));

        Run stop = run(laptop, "stop");
        assertTrue(stop.output().matches("(?s)Stopped \\d+ Havens? running in the background.*"), stop.output());
        assertFalse(Files.exists(socket), "it stopped listening");
    }

    /** {@code haven build} of {@code site} into the test folder's {@code output}, with {@code more} options. */
    private static String[] build(Path site, String output, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve(output).toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static List<Path> sockets(Path daemons) throws IOException {
        if (!Files.isDirectory(daemons)) return List.of();
        try (Stream<Path> files = Files.list(daemons)) {
            return files.filter(file -> file.toString().endsWith(".sock")).toList();
        }
    }

    /** The socket of the Haven started in the background, once it listens. */
    private static Path newSocket(Path daemons, List<Path> before) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<Path> added = new ArrayList<>(sockets(daemons));
            added.removeAll(before);
            if (!added.isEmpty()) return added.get(0);
            Thread.sleep(100);
        }
        throw new AssertionError("no Haven listened in " + daemons + " within a minute");
    }

    @Test
    void itStartsANewSiteThatChecksAndListsWhatIsStillToWrite() throws Exception {
        Path site = folder.resolve("new-site");

        Run init = run("init", site.toString());
        Run check = run("check", "--source", site.toString());

        assertEquals(0, init.exitCode(), init.output());
        assertTrue(Files.isRegularFile(site.resolve("data/site.yaml"))
                && Files.isRegularFile(site.resolve(".github/workflows/publish.yml")));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("FILL IN"), "check lists what is still to write:\n" + check.output());
    }

    @Test
    void itReportsWhatIsStillToWriteForAutomation() throws Exception {
        Path site = folder.resolve("report-site");
        assertEquals(0, run("init", site.toString()).exitCode());

        Run report = run("report", "--format", "json", "--source", site.toString());

        assertEquals(0, report.exitCode(), report.output());
        assertTrue(report.output().contains("\"id\" : \"still-to-write\""), report.output());
        assertTrue(report.output().contains("\"file\" : \"data/site.yaml\""), report.output());
    }

    @Test
    void itCarriesTheNativeFileWatcherForMacOsAndWindows() throws IOException {
        try (Stream<Path> libraries = Files.list(haven.getParent().getParent().resolve("lib"))) {
            List<String> names = libraries.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("directory-watcher-")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("jna-\\d.*\\.jar")), "FSEvents is reached through JNA");
        }
    }

    @Test
    void inCiItRecordsTheClassArchiveOnlyIntoAFolderAnEarlierRunLeftAndStartsFromItThen() throws Exception {
        Path site = newSite("ci-site");
        Map<String, String> ci = Map.of("HOME", folder.resolve("ci-home").toString(), "CI", "true");
        Path archives = folder.resolve("ci-home/.cache/haven");

        Run first = run(ci, "check", "--source", site.toString());
        List<String> afterTheFirst = archivesIn(archives);
        Run second = run(ci, "check", "--source", site.toString());
        List<String> afterTheSecond = archivesIn(archives);
        Run third = run(withJavaOptions(ci, "-Xlog:class+load=info"), "--version");

        assertEquals(0, first.exitCode(), first.output());
        assertTrue(Files.isDirectory(archives), "the first run made the folder for a cache step to keep");
        assertEquals(List.of(), afterTheFirst, "nothing recorded where no earlier run left the folder");
        assertEquals(0, second.exitCode(), second.output());
        assertEquals(1, afterTheSecond.size(), "recorded into the folder the first run left: " + afterTheSecond);
        assertTrue(
                third.output().contains("org.haven.cli.Main source: shared objects file (top)"),
                "the next run starts from the archive:\n"
                        + third.output().lines().limit(20).toList());
    }

    @Test
    void eachJavaRuntimeRecordsAnArchiveOfItsOwnAndOnlyTheLastOneIsKept() throws Exception {
        Path site = newSite("two-javas-site");
        Path home = folder.resolve("two-javas-home");
        Path archives = home.resolve(".cache/haven");
        Path otherJava = anotherJavaRuntime(folder.resolve("other-java"));

        Run withTheOther = run(
                Map.of("HOME", home.toString(), "JAVA_HOME", otherJava.toString()),
                "check",
                "--source",
                site.toString());
        List<String> afterTheOther = archivesIn(archives);
        Run withThisOne = run(Map.of("HOME", home.toString()), "check", "--source", site.toString());
        List<String> afterThisOne = archivesIn(archives);

        assertEquals(0, withTheOther.exitCode(), withTheOther.output());
        assertEquals(1, afterTheOther.size(), afterTheOther.toString());
        assertTrue(afterTheOther.get(0).contains("Another_maker-17.0.99+1"), afterTheOther.toString());
        assertEquals(0, withThisOne.exitCode(), withThisOne.output());
        assertEquals(1, afterThisOne.size(), "the other runtime's archive is removed: " + afterThisOne);
        assertFalse(afterThisOne.get(0).contains("Another_maker"), afterThisOne.toString());
    }

    @Test
    void aWrongCommandIsAnsweredWithoutAStackTrace() throws Exception {
        Run run = run("bild");
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("Did you mean: haven build?"), run.output());
    }

    private record Run(int exitCode, String output) {}

    private static Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    /** Runs the launcher with only PATH, HOME and {@code env} set (HOME may be given there). */
    private static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(haven.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", path.toString());
        environment.put("HOME", folder.resolve("home").toString());
        // A build run here stays in this process, unless a test asks for the background Haven.
        environment.put("HAVEN_DAEMON", "off");
        environment.putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "haven finished");
        return new Run(process.exitValue(), output);
    }

    private static Path newSite(String name) throws Exception {
        Path site = folder.resolve(name);
        Run init = run("init", site.toString());
        assertEquals(0, init.exitCode(), init.output());
        return site;
    }

    private static Map<String, String> withJavaOptions(Map<String, String> env, String options) {
        Map<String, String> with = new HashMap<>(env);
        with.put("HAVEN_JAVA_OPTS", options);
        return with;
    }

    /** The names of the class-data archives in {@code folder}, none if it does not exist. */
    private static List<String> archivesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".jsa"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A Java runtime of another maker and version, as its release file says: the JVM running
     * these tests behind a script, so the launcher cannot tell it is the same one.
     */
    private static Path anotherJavaRuntime(Path home) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        Files.writeString(
                java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        Files.writeString(
                home.resolve("release"),
                "IMPLEMENTOR=\"Another maker\"\nJAVA_RUNTIME_VERSION=\"17.0.99+1\"\nOS_ARCH=\"x86_64\"\n");
        return home;
    }

    /** A PATH folder holding java and the few shell tools the launcher uses, linked to the real ones. */
    private static Path onlyJavaAndTheShell(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.createSymbolicLink(bin.resolve("java"), java);
        for (String tool : List.of("bash", "dirname", "basename", "readlink", "mkdir", "mv", "rm")) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                Path real = Path.of(dir, tool);
                if (Files.isExecutable(real)) {
                    Files.createSymbolicLink(bin.resolve(tool), real);
                    break;
                }
            }
        }
        return bin;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
