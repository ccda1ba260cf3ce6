package org.haven.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a command asks of a background Haven: to run it ({@code args}, printing as a terminal
 * would be printed to if {@code terminal}, in the command's {@code charset}), or to stop.
 */
record Request(DaemonKey key, boolean stop, List<String> args, boolean terminal, String charset) {
    private static final int PROTOCOL = 0x48415631;

    static Request run(DaemonKey key, List<String> args, boolean terminal, String charset) {
        return new Request(key, false, List.copyOf(args), terminal, charset);
    }

    static Request stop(DaemonKey key) {
        return new Request(key, true, List.of(), false, "UTF-8");
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(PROTOCOL);
        out.writeUTF(key.hex());
        out.writeBoolean(stop);
        out.writeBoolean(terminal);
        out.writeUTF(charset);
        out.writeInt(args.size());
        for (String arg : args) out.writeUTF(arg);
        out.flush();
    }

    /** The request, or empty when the other end speaks another version of this. */
    static Optional<Request> readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != PROTOCOL) return Optional.empty();
        DaemonKey key = new DaemonKey(in.readUTF());
        boolean stop = in.readBoolean();
        boolean terminal = in.readBoolean();
        String charset = in.readUTF();
        int count = in.readInt();
        if (count < 0 || count > 10_000) return Optional.empty();
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) args.add(in.readUTF());
        return Optional.of(new Request(key, stop, args, terminal, charset));
    }
}
