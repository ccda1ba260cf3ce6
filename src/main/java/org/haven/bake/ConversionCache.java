package org.haven.bake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pages' conversions kept in the {@link BuildCache}, each under a key made of everything the
 * conversion depends on: the page's file and text, every file it includes, the attributes it
 * is converted with and the code that converts it. A page whose conversion cannot be pinned
 * down that way (an include named with an attribute, or a reference to the clock) has no key
 * and is converted every time.
 */
final class ConversionCache {
    /** Attributes Asciidoctor sets from the clock: a page that uses one is converted again each build. */
    private static final Pattern CLOCK = Pattern.compile("\\{(local|doc)(date|time|datetime|year)}");

    private final BuildCache cache;
    private final Path siteRoot;

    ConversionCache(BuildCache cache, Path siteRoot) {
        this.cache = cache;
        this.siteRoot = siteRoot;
    }

    Optional<CacheKey> keyFor(Path file, String text, Map<String, Object> attributes) {
        if (CLOCK.matcher(text).find()) return Optional.empty();
        return IncludedFiles.of(file, text, siteRoot)
                .filter(includes -> includes.values().stream().noneMatch(CLOCK.asPredicate()))
                .map(includes -> CacheKey.of("conversion")
                        .add(HavenVersion.FINGERPRINT)
                        .add(file.toAbsolutePath().normalize().toString())
                        .add(text)
                        .add(attributes)
                        .add(includes)
                        .build());
    }

    Optional<AsciidocEngine.Conversion> reuse(CacheKey key) {
        return cache.read(key).flatMap(ConversionCache::decode);
    }

    void keep(CacheKey key, AsciidocEngine.Conversion conversion) {
        cache.write(key, encode(conversion));
    }

    static byte[] encode(AsciidocEngine.Conversion conversion) {
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(conversion.html().length() + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, conversion.html());
            out.writeInt(conversion.messages().size());
            for (AsciidocEngine.Message message : conversion.messages()) {
                writeText(out, message.file());
                out.writeInt(message.line());
                writeText(out, message.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Empty for contents that do not read as a conversion (the checksum matched, but not what was meant). */
    static Optional<AsciidocEngine.Conversion> decode(byte[] contents) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(contents))) {
            String html = readText(in);
            int count = in.readInt();
            if (count < 0 || count > contents.length) return Optional.empty();
            List<AsciidocEngine.Message> messages = new ArrayList<>(count);
            for (int i = 0; i < count; i++)
                messages.add(new AsciidocEngine.Message(readText(in), in.readInt(), readText(in)));
            if (html == null || in.available() > 0) return Optional.empty();
            return Optional.of(new AsciidocEngine.Conversion(html, List.copyOf(messages)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) return null;
        if (length < 0 || length > in.available()) throw new IOException("not a conversion");
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
