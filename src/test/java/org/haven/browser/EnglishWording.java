package org.haven.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English a page's interface could show: every string of Haven's English message file and
 * the site's own, and the site's name, contacts and hours from {@code data/site.yaml}. A text
 * node holding one of them is English, whatever language it is marked as.
 */
final class EnglishWording {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Set<String> wholeTexts = new LinkedHashSet<>();
    private final Set<String> phrases = new LinkedHashSet<>();

    /**
     * @param pageLanguage strings the page's own language writes the same way (Polish "Plan")
     *     tell nothing and are left out
     */
    static EnglishWording of(Path siteSource, String pageLanguage) {
        List<String> english = new ArrayList<>(values(Path.of("templates/messages.yaml")));
        english.addAll(values(siteSource.resolve("templates/messages.yaml")));
        english.removeAll(values(Path.of("templates/messages/" + primary(pageLanguage) + ".yaml")));
        JsonNode site = read(siteSource.resolve("data/site.yaml"));
        EnglishWording wording = new EnglishWording();
        english.forEach(wording::add);
        wording.wholeTexts.add(site.path("name").asText());
        for (JsonNode contact : site.path("contacts")) {
            wording.add(contact.path("name").asText());
            if (contact.has("hours")) wording.add(contact.path("hours").asText());
        }
        return wording;
    }

    /** The meanings {@code data/glossary.yaml} gives its terms, written in the site's language. */
    static Set<String> glossaryMeanings(Path siteSource) {
        Path glossary = siteSource.resolve("data/glossary.yaml");
        Set<String> meanings = new LinkedHashSet<>();
        if (Files.isRegularFile(glossary))
            read(glossary).forEach(term -> meanings.add(term.path("meaning").asText()));
        return meanings;
    }

    /** The English in {@code text} (a text node's words, spaces made single), or null for none. */
    String foundIn(String text) {
        if (wholeTexts.contains(text)) return text;
        return phrases.stream().filter(text::contains).findFirst().orElse(null);
    }

    /** A string whole, and each run of two words or more between its {placeholders}. */
    private void add(String english) {
        if (!english.contains("{")) wholeTexts.add(english.strip());
        for (String part : english.split("\\{[a-z-]+}")) {
            String phrase = part.strip()
                    .replaceAll("^[\\p{Punct}‘’“”]+|[\\p{Punct}‘’“”]+$", "")
                    .strip();
            if (phrase.split("\\s+").length >= 2) phrases.add(phrase);
        }
    }

    private static Collection<String> values(Path file) {
        if (!Files.isRegularFile(file)) return List.of();
        List<String> values = new ArrayList<>();
        read(file)
                .fields()
                .forEachRemaining(field -> values.add(field.getValue().asText()));
        return values;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String primary(String language) {
        return language.split("-")[0].toLowerCase(Locale.ROOT);
    }
}
