package org.haven.bake;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haven.problems.Problem;
import org.haven.problems.Severity;

/** How the contents of a cache entry are written and read: texts (possibly null), numbers, counts and problems found. */
final class EntryContents {
    private EntryContents() {}

    interface Writing {
        void to(Writer out) throws IOException;
    }

    interface Reading<T> {
        T from(Reader in) throws IOException;
    }

    static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new Writer(new DataOutputStream(bytes))) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Empty for contents that do not read to the end as meant (the checksum matched, but not what was written). */
    static <T> Optional<T> read(byte[] contents, Reading<T> reading) {
        try {
            Reader in = new Reader(ByteBuffer.wrap(contents));
            T read = reading.from(in);
            return in.data.hasRemaining() ? Optional.empty() : Optional.ofNullable(read);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    record Writer(DataOutputStream data) implements AutoCloseable {
        void text(String text) throws IOException {
            if (text == null) data.writeInt(-1);
            else utf8(text.getBytes(StandardCharsets.UTF_8));
        }

        /** A text already encoded as UTF-8, read back as {@link Reader#text()} or {@link Reader#utf8()}. */
        void utf8(byte[] bytes) throws IOException {
            data.writeInt(bytes.length);
            data.write(bytes);
        }

        void number(int number) throws IOException {
            data.writeInt(number);
        }

        void number(double number) throws IOException {
            data.writeDouble(number);
        }

        void problems(List<Problem> problems) throws IOException {
            number(problems.size());
            for (Problem problem : problems) {
                text(problem.severity().name());
                text(problem.file());
                number(problem.line());
                text(problem.message());
                text(problem.fix());
                number(problem.inDraft() ? 1 : 0);
            }
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }

    /** Reads what {@link Writer} wrote, straight from the entry's bytes. */
    record Reader(ByteBuffer data) {
        String text() throws IOException {
            int length = textLength();
            if (length == -1) return null;
            String text =
                    new String(data.array(), data.arrayOffset() + data.position(), length, StandardCharsets.UTF_8);
            data.position(data.position() + length);
            return text;
        }

        /** A text's UTF-8 bytes, not decoded; null for a null text. */
        byte[] utf8() throws IOException {
            int length = textLength();
            if (length == -1) return null;
            byte[] bytes = new byte[length];
            data.get(bytes);
            return bytes;
        }

        private int textLength() throws IOException {
            int length = data.getInt();
            if (length < -1 || length > data.remaining()) throw new IOException("not a text");
            return length;
        }

        int number() {
            return data.getInt();
        }

        double decimal() {
            return data.getDouble();
        }

        List<Problem> problems() throws IOException {
            List<Problem> problems = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                problems.add(new Problem(Severity.valueOf(text()), text(), number(), text(), text(), number() == 1));
            }
            return List.copyOf(problems);
        }

        /** A count of items to follow, each at least one byte long. */
        int count() throws IOException {
            int count = data.getInt();
            if (count < 0 || count > data.remaining()) throw new IOException("not a count");
            return count;
        }
    }
}
