package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.haven.cli.Main;

/**
 * Runs the haven command in a JVM of its own, as a person's shell would: several at once, one
 * killed midway, or with {@code home} as the user's home folder (a temporary one, so no test
 * can touch the real one).
 */
public final class HavenProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private HavenProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static HavenProcess start(Path home, String... args) {
        return start(home, Path.of(""), Map.of(), args);
    }

    /** Runs it in {@code folder} with {@code environment} added to this one's, as a CI system would. */
    public static HavenProcess start(Path home, Path folder, Map<String, String> environment, String... args) {
        try {
            Path logs = Files.createTempDirectory("haven-process");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-Xss4m",
                    "-Xmx640m",
                    "-Duser.home=" + home,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toAbsolutePath().toFile())
                    .redirectOutput(logs.resolve("out").toFile())
                    .redirectError(logs.resolve("err").toFile());
            // A build run here stays in this process, unless a test asks for the background Haven.
            builder.environment().put("HAVEN_DAEMON", "off");
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new HavenProcess(process, logs.resolve("out"), logs.resolve("err"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs it to the end. */
    public static HavenRun run(Path home, String... args) {
        return start(home, args).finish();
    }

    public HavenRun finish() {
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("haven did not finish in 10 minutes: " + read(err));
            }
            HavenRun run = new HavenRun(process.exitValue(), read(out), read(err));
            Files.delete(out);
            Files.delete(err);
            Files.delete(out.getParent());
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Kills it as a power cut or {@code kill -9} would: no clean-up runs. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
