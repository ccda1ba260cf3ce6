package org.haven.bake;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.haven.content.SourceText;

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
    private volatile AttributeMentions mentions;

    ConversionCache(BuildCache cache, Path siteRoot) {
        this.cache = cache;
        this.siteRoot = siteRoot;
    }

    /**
     * @param referable the attributes of the site's own (its contacts, names): only those the
     *     page names count, so that a changed phone number converts again only the pages that give it
     */
    Optional<CacheKey> keyFor(Path file, SourceText text, Map<String, Object> attributes, Set<String> referable) {
        if (readsTheClock(text.text())) return Optional.empty();
        return IncludedFiles.of(file, text.text(), siteRoot)
                .filter(includes -> includes.values().stream().noneMatch(ConversionCache::readsTheClock))
                .map(includes -> {
                    AttributeMentions mentions = mentionsOf(referable);
                    return CacheKey.of("conversion")
                            .add(HavenVersion.FINGERPRINT)
                            .add(file.toAbsolutePath().normalize().toString())
                            .add(text.digest())
                            .add(named(attributes, mentions, mentionedBy(text, mentions), includes.values()))
                            .add(includes)
                            .build();
                });
    }

    private static boolean readsTheClock(String text) {
        return (text.contains("{local") || text.contains("{doc"))
                && CLOCK.matcher(text).find();
    }

    /**
     * Haven's settings, and the site's own attributes that the texts name, directly or through
     * the value of another they name ({@link AttributeMentions}).
     */
    static Map<String, Object> named(
            Map<String, Object> attributes, Set<String> referable, String text, Collection<String> included) {
        AttributeMentions mentions = new AttributeMentions(referable);
        return named(attributes, mentions, mentions.in(text), included);
    }

    private static Map<String, Object> named(
            Map<String, Object> attributes,
            AttributeMentions referable,
            Set<String> namedByPage,
            Collection<String> included) {
        Map<String, Object> named = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (!referable.names().contains(name)) named.put(name, value);
        });
        Deque<String> toRead = new ArrayDeque<>(included);
        add(namedByPage, attributes, named, toRead);
        while (!toRead.isEmpty()) add(referable.in(toRead.pop()), attributes, named, toRead);
        return named;
    }

    /** Each name not yet named, with its value, whose own text is then read for the names it gives. */
    private static void add(
            Set<String> names, Map<String, Object> attributes, Map<String, Object> named, Deque<String> toRead) {
        for (String name : names) {
            if (named.containsKey(name)) continue;
            Object value = attributes.get(name);
            named.put(name, value);
            toRead.push(String.valueOf(value));
        }
    }

    /**
     * The site's attribute names a page's own text gives, kept in the cache under the text and
     * the names: reading every page for them was a large part of a build with nothing to convert.
     */
    private Set<String> mentionedBy(SourceText text, AttributeMentions mentions) {
        if (!cache.keeps()) return mentions.in(text.text());
        CacheKey key = CacheKey.of("mentions")
                .add(mentions.digest())
                .add(text.digest())
                .build();
        return cache.read(key).flatMap(ConversionCache::decodeNames).orElseGet(() -> {
            Set<String> found = mentions.in(text.text());
            cache.write(key, encodeNames(found));
            return found;
        });
    }

    /** The finder for the names of {@code referable}, made once while the builds give the same set. */
    private AttributeMentions mentionsOf(Set<String> referable) {
        AttributeMentions last = mentions;
        if (last != null && last.names() == referable) return last;
        AttributeMentions made = new AttributeMentions(referable);
        mentions = made;
        return made;
    }

    private static byte[] encodeNames(Set<String> names) {
        return EntryContents.write(out -> {
            out.number(names.size());
            for (String name : names) out.text(name);
        });
    }

    private static Optional<Set<String>> decodeNames(byte[] contents) {
        return EntryContents.read(contents, in -> {
            Set<String> names = new TreeSet<>();
            for (int i = in.count(); i > 0; i--) names.add(in.text());
            return names;
        });
    }

    /** Whether an entry is kept under the key; whether it can be trusted shows only when it is read. */
    boolean holds(CacheKey key) {
        return cache.holds(key);
    }

    Optional<AsciidocEngine.Conversion> reuse(CacheKey key) {
        return cache.read(key).flatMap(ConversionCache::decode);
    }

    void keep(CacheKey key, AsciidocEngine.Conversion conversion) {
        cache.write(key, encode(conversion));
    }

    static byte[] encode(AsciidocEngine.Conversion conversion) {
        return EntryContents.write(out -> {
            out.utf8(conversion.body().utf8());
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
            byte[] html = in.utf8();
            List<AsciidocEngine.Message> messages = new ArrayList<>();
            for (int i = in.count(); i > 0; i--)
                messages.add(new AsciidocEngine.Message(in.text(), in.number(), in.text()));
            return html == null ? null : new AsciidocEngine.Conversion(HtmlBody.ofUtf8(html), List.copyOf(messages));
        });
    }
}
