package org.haven.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run by a background Haven is, to the person who typed it, the same command: the
 * same output on the same streams, the same exit code, progress only on a terminal. Only the
 * command line with its key is served; a Haven asked to stop, or left idle, stops listening.
 */
class BackgroundHavenTest {
    private static final DaemonKey KEY = new DaemonKey("0123456789abcdef01234567");
    private static final DaemonKey ANOTHER = new DaemonKey("fedcba9876543210fedcba98");

    @TempDir
    Path folder;

    private final List<CompletableFuture<Void>> serving = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Prints its arguments on stdout, whether it is on a terminal on stderr, and exits with the number of arguments. */
    private static final class Echo implements Commands {
        volatile boolean warm;
        volatile boolean stoppedMidway;

        @Override
        public int run(List<String> args, boolean terminal) {
            System.out.println("ran " + String.join(" ", args) + " — £5");
            System.err.print(terminal ? "on a terminal" : "not on a terminal");
            return args.size();
        }

        @Override
        public void warmUp(BooleanSupplier asked) {
            warm = true;
        }

        @Override
        public void stopNow() {
            stoppedMidway = true;
        }
    }

    /** A long build: says it has started, then runs until it is stopped, as Ctrl-C stops a command's own process. */
    private static final class LongBuild implements Commands {
        final CompletableFuture<Void> stopped = new CompletableFuture<>();

        @Override
        public int run(List<String> args, boolean terminal) {
            System.out.println("Converting 1 of 1000 pages");
            try {
                stopped.get(15, TimeUnit.SECONDS);
            } catch (Exception neverStopped) {
                return 1;
            }
            return 0;
        }

        @Override
        public void warmUp(BooleanSupplier asked) {}

        @Override
        public void stopNow() {
            stopped.complete(null);
        }
    }

    private DaemonFolder daemons() {
        return DaemonFolder.at(folder.resolve("daemons")).orElseThrow();
    }

    private CompletableFuture<Void> serve(DaemonKey key, Commands commands, Duration idle) throws Exception {
        DaemonServer server = new DaemonServer(daemons(), key, commands, idle, Duration.ofMillis(100));
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                server.serve();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        serving.add(done);
        Path socket = daemons().socket(key);
        for (int i = 0; i < 200 && !Files.exists(socket); i++) Thread.sleep(25);
        assertTrue(Files.exists(socket), "the background Haven listens");
        return done;
    }

    private Optional<Integer> ask(DaemonKey key, boolean terminal, String... args) {
        return new DaemonClient(daemons()).run(key, List.of(args), terminal, stream(out), stream(err));
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopEveryHaven() throws Exception {
        new DaemonClient(daemons()).stopAll();
        for (CompletableFuture<Void> done : serving) done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCommandPrintsWhatItPrintedOnTheSameStreamsAndEndsWithItsExitCode() throws Exception {
        Echo echo = new Echo();
        serve(KEY, echo, Duration.ofMinutes(1));

        Optional<Integer> code = ask(KEY, false, "build", "--strict");

        assertEquals(Optional.of(2), code);
        assertEquals("ran build --strict — £5" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertEquals("not on a terminal", err.toString(StandardCharsets.UTF_8));
        assertTrue(echo.warm, "JRuby and Asciidoctor were started before the first command");
    }

    @Test
    void aCommandTypedAtATerminalIsRunAsOnATerminal() throws Exception {
        serve(KEY, new Echo(), Duration.ofMinutes(1));

        ask(KEY, true, "build");

        assertEquals("on a terminal", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandWithAnotherKeyIsNotServedAndRunsInItsOwnProcess() throws Exception {
        serve(KEY, new Echo(), Duration.ofMinutes(1));

        assertEquals(Optional.empty(), ask(ANOTHER, false, "build"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withNoHavenListeningTheCommandRunsInItsOwnProcess() {
        assertEquals(Optional.empty(), ask(KEY, false, "build"));
    }

    @Test
    void commandsAreServedOneAfterAnotherUntilTheHavenIsStopped() throws Exception {
        CompletableFuture<Void> done = serve(KEY, new Echo(), Duration.ofMinutes(1));

        assertEquals(Optional.of(1), ask(KEY, false, "build"));
        assertEquals(Optional.of(1), ask(KEY, false, "check"));
        assertEquals(1, new DaemonClient(daemons()).stopAll());

        done.get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(daemons().socket(KEY)), "the socket goes with the Haven");
        assertEquals(Optional.empty(), ask(KEY, false, "build"));
        assertEquals(0, new DaemonClient(daemons()).stopAll(), "nothing left to stop");
    }

    @Test
    void aHavenLeftIdleStopsListening() throws Exception {
        CompletableFuture<Void> done = serve(KEY, new Echo(), Duration.ofMillis(300));

        done.get(10, TimeUnit.SECONDS);

        assertFalse(Files.exists(daemons().socket(KEY)));
    }

    @Test
    void aCommandStoppedBeforeItsBuildIsDoneStopsTheBuildToo() throws Exception {
        LongBuild build = new LongBuild();
        serve(KEY, build, Duration.ofMinutes(1));

        try (SocketChannel command = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            command.connect(UnixDomainSocketAddress.of(daemons().socket(KEY)));
            Request.run(KEY, List.of("build"), false, "UTF-8")
                    .writeTo(new DataOutputStream(Channels.newOutputStream(command)));
            Reply started = Reply.readFrom(new DataInputStream(Channels.newInputStream(command)));
            assertTrue(started instanceof Reply.Printed, "the build had started");
        }

        build.stopped.get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(daemons().socket(KEY)), "no next command is sent to a Haven that is stopping");
    }

    @Test
    void aCommandThatWaitsForItsAnswerLeavesTheHavenServing() throws Exception {
        Echo echo = new Echo();
        serve(KEY, echo, Duration.ofMinutes(1));

        assertEquals(Optional.of(1), ask(KEY, false, "build"));
        Thread.sleep(300);

        assertFalse(echo.stoppedMidway);
        assertEquals(Optional.of(1), ask(KEY, false, "build"), "the Haven still serves after the command went away");
    }

    /** Rehearses for up to 20 s, unless a command is waiting. */
    private static final class LongRehearsal implements Commands {
        volatile boolean cutShort;

        @Override
        public int run(List<String> args, boolean terminal) {
            return 0;
        }

        @Override
        public void warmUp(BooleanSupplier asked) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < until) {
                if (asked.getAsBoolean()) {
                    cutShort = true;
                    return;
                }
                Thread.onSpinWait();
            }
        }

        @Override
        public void stopNow() {}
    }

    @Test
    void aCommandThatArrivesDuringTheRehearsalIsServedWithoutWaitingForIt() throws Exception {
        LongRehearsal rehearsal = new LongRehearsal();
        serve(KEY, rehearsal, Duration.ofMinutes(1));
        long start = System.nanoTime();

        assertEquals(Optional.of(0), ask(KEY, false, "build"));

        assertTrue(rehearsal.cutShort, "the rehearsal stopped for the command");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "served before the rehearsal's 20 s");
    }

    @Test
    void aSecondHavenForTheSameKeyLeavesTheFirstServing() throws Exception {
        serve(KEY, new Echo(), Duration.ofMinutes(1));
        Echo second = new Echo();

        new DaemonServer(daemons(), KEY, second, Duration.ofMinutes(1), Duration.ofMillis(300)).serve();

        assertFalse(second.warm, "the second gave up without starting anything");
        assertEquals(Optional.of(1), ask(KEY, false, "build"));
    }

    @Test
    void aFolderOthersMayOpenIsNotUsed() throws Exception {
        Path shared = Files.createDirectory(
                folder.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertEquals(Optional.empty(), DaemonFolder.at(shared));
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(daemons().socket(KEY).getParent())),
                "a folder Haven makes is its user's alone");
    }
}
