package org.haven.bake;

import org.haven.content.Page;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The third phase, convert: a page's AsciiDoc to HTML with Asciidoctor, once. A previewing
 * converter keeps each page's conversion while its text, the files it includes and the site's
 * attributes stay the same, so a save converts only what it changed.
 */
final class PageConverter {
    private final Path siteRoot;
    private final boolean keepConversions;
    private final Map<String, CachedConversion> conversions = new ConcurrentHashMap<>();

    /** A page's conversion, kept while its text, the files it includes and the site's attributes stay the same. */
    private record CachedConversion(String text, Map<String, Object> attributes, Map<String, String> includes,
                                    AsciidocEngine.Conversion conversion) {
    }

    PageConverter(Path siteRoot, boolean keepConversions) {
        this.siteRoot = siteRoot;
        this.keepConversions = keepConversions;
    }

    AsciidocEngine.Conversion convert(Page page, Map<String, Object> attributes) {
        Path file = siteRoot.resolve(page.source());
        String text = page.text().text();
        if (!keepConversions) return AsciidocEngine.convert(file, text, siteRoot, attributes);
        Optional<Map<String, String>> includes = IncludedFiles.of(file, text);
        CachedConversion cached = conversions.get(page.source());
        if (cached != null && cached.text().equals(text) && cached.attributes().equals(attributes)
                && includes.isPresent() && cached.includes().equals(includes.get())) {
            return cached.conversion();
        }
        AsciidocEngine.Conversion conversion = AsciidocEngine.convert(file, text, siteRoot, attributes);
        conversions.put(page.source(), new CachedConversion(text, attributes, includes.orElse(Map.of()), conversion));
        return conversion;
    }
}
