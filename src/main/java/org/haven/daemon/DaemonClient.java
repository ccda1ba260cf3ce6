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
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the background Haven with this process's key to run a command, if one is listening. */
public final class DaemonClient {
    /** Haven's exit code for something that went wrong inside it, as {@code haven --help} lists. */
    private static final int HAVEN_FAILED = 3;

    private final DaemonFolder folder;

    DaemonClient(DaemonFolder folder) {
        this.folder = folder;
    }

    public static Optional<DaemonClient> usual() {
        return DaemonFolder.usual().map(DaemonClient::new);
    }

    /**
     * Runs {@code args} in the background Haven for {@code key}, printing what it prints on
     * {@code out} and {@code err}; its exit code, or empty when none is listening or it would not
     * run it (the command then runs here).
     */
    public Optional<Integer> run(DaemonKey key, List<String> args, boolean terminal, PrintStream out, PrintStream err) {
        Path socket = folder.socket(key);
        if (!Files.exists(socket)) return Optional.empty();
        boolean printedAny = false;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Request.run(key, args, terminal, charsetOfThisOutput()).writeTo(output(channel));
            DataInputStream in = input(channel);
            while (true) {
                Reply reply = Reply.readFrom(in);
                if (reply instanceof Reply.Exit exit) return Optional.of(exit.code());
                if (reply instanceof Reply.Refused) return Optional.empty();
                Reply.Printed printed = (Reply.Printed) reply;
                PrintStream stream = printed.error() ? err : out;
                stream.write(printed.bytes(), 0, printed.bytes().length);
                stream.flush();
                printedAny = true;
            }
        } catch (IOException e) {
            // Nothing was said yet: the command runs here as if no Haven had been listening.
            if (!printedAny) return Optional.empty();
            err.println("haven: the Haven running in the background stopped before it had finished (" + e.getMessage()
                    + ").");
            err.println("Fix: run the command again; add --no-daemon to run it without the background Haven.");
            return Optional.of(HAVEN_FAILED);
        }
    }

    /** The character set this process prints in, for the background Haven to print in. */
    private static String charsetOfThisOutput() {
        String set = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        return set != null ? set : Charset.defaultCharset().name();
    }

    /** Stops every background Haven of this user; how many were listening. */
    public int stopAll() {
        int stopped = 0;
        for (Path socket : folder.sockets()) {
            String name = socket.getFileName().toString();
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(socket));
                DaemonKey key = new DaemonKey(name.substring(0, name.length() - ".sock".length()));
                Request.stop(key).writeTo(output(channel));
                if (Reply.readFrom(input(channel)) instanceof Reply.Exit) stopped++;
            } catch (IOException | IllegalArgumentException e) {
                // Not listening (it stopped, or the file is not a socket): nothing to stop.
            }
        }
        return stopped;
    }

    private static DataOutputStream output(SocketChannel channel) {
        return new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
    }

    private static DataInputStream input(SocketChannel channel) {
        return new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
    }
}
