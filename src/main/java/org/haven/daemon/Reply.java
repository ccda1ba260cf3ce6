package org.haven.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What a background Haven sends back while it runs a command: what it printed, on which
 * stream, as it printed it, then its exit code; or that it would not run it.
 */
sealed interface Reply {
    byte OUT = 1;
    byte ERR = 2;
    byte EXIT = 3;
    byte REFUSED = 4;

    /** Bytes printed on standard output ({@code error} false) or standard error. */
    record Printed(boolean error, byte[] bytes) implements Reply {}

    record Exit(int code) implements Reply {}

    /** A command this Haven may not run: another key, or another version of Haven. */
    record Refused() implements Reply {}

    static Reply readFrom(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case OUT, ERR -> {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                yield new Printed(kind == ERR, bytes);
            }
            case EXIT -> new Exit(in.readInt());
            case REFUSED -> new Refused();
            default -> throw new IOException("unexpected reply " + kind);
        };
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    static void refuse(DataOutputStream out) throws IOException {
        synchronized (out) {
            out.writeByte(REFUSED);
            out.flush();
        }
    }

    /** A stream whose every write goes back to the command as printed on {@code kind}. */
    static OutputStream printing(DataOutputStream out, byte kind) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) return;
                synchronized (out) {
                    out.writeByte(kind);
                    out.writeInt(length);
                    out.write(bytes, offset, length);
                }
            }

            @Override
            public void flush() throws IOException {
                synchronized (out) {
                    out.flush();
                }
            }
        };
    }
}
