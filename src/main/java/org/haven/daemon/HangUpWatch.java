package org.haven.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Watches a command's connection while the background Haven runs it: a command says nothing more
 * once it has asked, so the connection ends early only when the command was stopped (Ctrl-C, a
 * closed terminal), and then {@code whenGone} runs. Reads the channel itself, not a stream over
 * it, so that the answer can still be written while it waits.
 */
final class HangUpWatch implements AutoCloseable {
    private volatile boolean answered;

    private HangUpWatch() {}

    static HangUpWatch start(SocketChannel channel, Runnable whenGone) {
        HangUpWatch watch = new HangUpWatch();
        Thread thread = new Thread(() -> watch.waitForTheEnd(channel, whenGone), "haven-daemon-hang-up");
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    private void waitForTheEnd(SocketChannel channel, Runnable whenGone) {
        ByteBuffer ignored = ByteBuffer.allocate(64);
        try {
            while (channel.read(ignored.clear()) >= 0) {
                // Nothing more is expected; whatever comes is not an ending.
            }
        } catch (IOException ended) {
            // Reset by the other end, or closed here once answered: told apart below.
        }
        if (!answered) whenGone.run();
    }

    /** The command has its answer: the connection may end now. */
    @Override
    public void close() {
        answered = true;
    }
}
