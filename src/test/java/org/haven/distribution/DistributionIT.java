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
import java.util.ArrayList;
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
    void aWrongCommandIsAnsweredWithoutAStackTrace() throws Exception {
        Run run = run("bild");
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("Did you mean: haven build?"), run.output());
    }

    private record Run(int exitCode, String output) {}

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(haven.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", path.toString());
        env.put("HOME", folder.resolve("home").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "haven finished");
        return new Run(process.exitValue(), output);
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
