package org.haven.bake;

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
        return EntryContents.write(out -> {
            out.text(conversion.html());
            out.number(conversion.messages().size());
            for (AsciidocEngine.Message message : conversion.messages()) {
                out.text(message.file());
                out.number(message.line());
                out.text(message.text());
            }
        });
    }

    static Optional<AsciidocEngine.Conversion> decode(byte[] contents) {
        return EntryContents.read(contents, in -> {
            String html = in.text();
            List<AsciidocEngine.Message> messages = new ArrayList<>();
            for (int i = in.count(); i > 0; i--)
                messages.add(new AsciidocEngine.Message(in.text(), in.number(), in.text()));
            return html == null ? null : new AsciidocEngine.Conversion(html, List.copyOf(messages));
        });
    }
}
