package org.haven.bake;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Pages' conversions kept in the {@link BuildCache}, each under a key made of everything the
 * conversion depends on: the page's file and text, every file it includes, the attributes it
 * is converted with (of the site's own, those it names) and the code that converts it. A page whose conversion cannot be pinned
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

    /**
     * @param referable the attributes of the site's own (its contacts, names): only those the
     *     page names count, so that a changed phone number converts again only the pages that give it
     */
    Optional<CacheKey> keyFor(Path file, String text, Map<String, Object> attributes, Set<String> referable) {
        if (CLOCK.matcher(text).find()) return Optional.empty();
        return IncludedFiles.of(file, text, siteRoot)
                .filter(includes -> includes.values().stream().noneMatch(CLOCK.asPredicate()))
                .map(includes -> CacheKey.of("conversion")
                        .add(HavenVersion.FINGERPRINT)
                        .add(file.toAbsolutePath().normalize().toString())
                        .add(text)
                        .add(named(attributes, referable, text, includes.values()))
                        .add(includes)
                        .build());
    }

    /**
     * Haven's settings, and the site's own attributes that the texts name, directly or through
     * the value of another they name. A name counts wherever it stands as a word (in a
     * reference, an ifdef, a counter), and, as Asciidoctor reads names, whatever its case.
     */
    static Map<String, Object> named(
            Map<String, Object> attributes, Set<String> referable, String text, Collection<String> included) {
        Map<String, Object> named = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (!referable.contains(name)) named.put(name, value);
        });
        Deque<String> toRead = new ArrayDeque<>(included);
        toRead.push(text);
        while (!toRead.isEmpty()) {
            String read = toRead.pop().toLowerCase(Locale.ROOT);
            for (String name : referable) {
                if (!named.containsKey(name) && mentions(read, name.toLowerCase(Locale.ROOT))) {
                    Object value = attributes.get(name);
                    named.put(name, value);
                    toRead.push(String.valueOf(value));
                }
            }
        }
        return named;
    }

    /**
     * Whether {@code name} stands in {@code text} as a word of its own, as Asciidoctor reads a
     * name: searching for each name costs far less than splitting every page into words. A
     * hyphen before the name counts as a boundary, so a name is sometimes counted where it is
     * not used, which only converts a page again, never the reverse.
     */
    private static boolean mentions(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !isNameCharacter(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !(isNameCharacter(text.charAt(end)) || text.charAt(end) == '-');
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
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
