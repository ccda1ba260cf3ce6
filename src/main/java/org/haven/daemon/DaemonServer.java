package org.haven.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A background Haven: listens on its key's socket and runs one command at a time, as a fresh
 * process would, until it has been idle for {@link #idle}, is asked to stop, or the Haven it
 * was started from changes (rebuilt, upgraded) or its socket is removed.
 */
public final class DaemonServer {
    /** How long a background Haven waits for the next build: an afternoon's edits, not the night. */
    public static final Duration USUAL_IDLE = Duration.ofHours(1);

    private static final Duration LOOK_EVERY = Duration.ofSeconds(20);
    /** A Haven that has just stopped listening may still hold the key for a moment. */
    private static final Duration USUAL_WAIT_FOR_KEY = Duration.ofSeconds(10);

    private final DaemonFolder folder;
    private final DaemonKey key;
    private final Commands commands;
    private final Duration idle;
    private final Duration waitForKey;
    private final String haven;
    /** Where this Haven says what happens outside any command; System.err is a command's while it runs. */
    private final PrintStream log = System.err;

    private volatile long lastUsed = System.nanoTime();
    private volatile boolean busy;
    private volatile boolean stopping;
    /** A command that connected while this Haven was warming up. */
    private SocketChannel waiting;

    DaemonServer(DaemonFolder folder, DaemonKey key, Commands commands, Duration idle, Duration waitForKey) {
        this.folder = folder;
        this.key = key;
        this.commands = commands;
        this.idle = idle;
        this.waitForKey = waitForKey;
        this.haven = DaemonKey.classpathStamp(System.getProperty("java.class.path"));
    }

    /** Serves {@code key} from the usual folder; returns when it stops. */
    public static void serve(DaemonKey key, Commands commands) throws IOException, InterruptedException {
        Optional<DaemonFolder> folder = DaemonFolder.usual();
        if (folder.isEmpty()) return;
        new DaemonServer(folder.get(), key, commands, USUAL_IDLE, USUAL_WAIT_FOR_KEY).serve();
    }

    void serve() throws IOException, InterruptedException {
        Path socket = folder.socket(key);
        try (FileChannel lockFile =
                        FileChannel.open(folder.lock(key), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockWithin(lockFile, waitForKey)) {
            // Another Haven holds the key: it serves, and this one is not needed.
            if (lock == null) return;
            Files.deleteIfExists(socket);
            Path binding = folder.binding(key);
            Files.deleteIfExists(binding);
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                // Binding makes the file a moment before the socket listens, and a command that
                // connected then would be refused: the socket gets its name once it listens.
                server.bind(UnixDomainSocketAddress.of(binding));
                Files.move(binding, socket, StandardCopyOption.ATOMIC_MOVE);
                server.configureBlocking(false);
                commands.warmUp(() -> commandWaiting(server));
                server.configureBlocking(true);
                lastUsed = System.nanoTime();
                ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "haven-daemon-watch");
                    thread.setDaemon(true);
                    return thread;
                });
                long every = Math.min(LOOK_EVERY.toMillis(), Math.max(idle.toMillis() / 4, 10));
                watch.scheduleWithFixedDelay(
                        () -> closeWhenNotNeeded(server, socket), every, every, TimeUnit.MILLISECONDS);
                try {
                    acceptUntilClosed(server);
                } finally {
                    watch.shutdownNow();
                }
            } finally {
                Files.deleteIfExists(socket);
            }
        }
    }

    private static FileLock lockWithin(FileChannel file, Duration wait) throws IOException, InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            FileLock lock = tryLock(file);
            if (lock != null || System.nanoTime() > until) return lock;
            Thread.sleep(200);
        }
    }

    /** The lock, or null while another Haven, in another process or in this one, holds it. */
    private static FileLock tryLock(FileChannel file) throws IOException {
        try {
            return file.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** While warming up: whether a command has connected, kept in {@link #waiting} to be served first. */
    private boolean commandWaiting(ServerSocketChannel server) {
        try {
            if (waiting == null) waiting = server.accept();
        } catch (IOException e) {
            return false;
        }
        return waiting != null;
    }

    private void acceptUntilClosed(ServerSocketChannel server) throws IOException {
        while (!stopping) {
            SocketChannel channel;
            try {
                channel = waiting != null ? waiting : server.accept();
            } catch (ClosedChannelException closed) {
                return;
            }
            waiting = null;
            busy = true;
            try (channel) {
                answer(channel);
            } catch (IOException e) {
                // The command went away (interrupted, say): the next one is served all the same.
                log.println("haven: a command stopped listening: " + e.getMessage());
            } finally {
                // What a build made is garbage once it is done; collected now, while the laptop is
                // idle, the memory goes back to it instead of staying with Haven for the hour.
                if (!stopping) System.gc();
                lastUsed = System.nanoTime();
                busy = false;
            }
        }
    }

    private void answer(SocketChannel channel) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        Optional<Request> request = Request.readFrom(in);
        if (request.isEmpty() || !request.get().key().equals(key)) {
            Reply.refuse(out);
            return;
        }
        if (request.get().stop()) {
            // Gone before it says so: once "haven stop" returns, no command finds it listening.
            stopping = true;
            Files.deleteIfExists(folder.socket(key));
            Reply.exit(out, 0);
            return;
        }
        long start = System.nanoTime();
        int code;
        try (HangUpWatch watch = HangUpWatch.start(channel, () -> stopMidway(request.get()))) {
            code = run(request.get(), out);
        }
        logNow(String.format(
                Locale.ROOT,
                "ran: %s (exit %d, %.1f s)",
                String.join(" ", request.get().args()),
                code,
                (System.nanoTime() - start) / 1e9));
        Reply.exit(out, code);
    }

    /**
     * The command that asked for the build running now was stopped: stop too, as its own process
     * would have, rather than publish what its user meant to stop. A build stopped in the middle
     * of replacing the site is finished by the next one ({@link org.haven.bake.OutputWriter}).
     */
    private void stopMidway(Request request) {
        logNow("stopped: " + String.join(" ", request.args())
                + " (the command was stopped before it was done; the next build starts a new Haven)");
        stopping = true;
        try {
            Files.deleteIfExists(folder.socket(key));
        } catch (IOException e) {
            // A socket no one listens on is passed over by the next command.
        }
        commands.stopNow();
    }

    /** A line in this Haven's log, after the time it happened. */
    private void logNow(String line) {
        log.println(Instant.now() + " " + line);
    }

    private int run(Request request, DataOutputStream out) {
        PrintStream usualOut = System.out;
        Charset charset = Charset.forName(request.charset());
        try (PrintStream printed = new PrintStream(Reply.printing(out, Reply.OUT), true, charset);
                PrintStream errors = new PrintStream(Reply.printing(out, Reply.ERR), true, charset)) {
            System.setOut(printed);
            System.setErr(errors);
            return commands.run(request.args(), request.terminal());
        } finally {
            System.setOut(usualOut);
            System.setErr(log);
        }
    }

    private void closeWhenNotNeeded(ServerSocketChannel server, Path socket) {
        boolean idleTooLong = !busy && System.nanoTime() - lastUsed > idle.toNanos();
        boolean havenChanged =
                !DaemonKey.classpathStamp(System.getProperty("java.class.path")).equals(haven);
        if (!idleTooLong && !havenChanged && Files.exists(socket)) return;
        stopping = true;
        try {
            server.close();
        } catch (IOException e) {
            log.println("haven: the background Haven could not stop listening: " + e.getMessage());
        }
    }
}
