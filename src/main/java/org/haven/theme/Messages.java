package org.haven.theme;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The wording of Haven's interface in one language, by name: the strings that language's files
 * give, and English ({@link InterfaceLanguages#ENGLISH}) for any they leave out, which
 * {@link #languageOf} tells apart so a page can mark them.
 */
public final class Messages {
    static final String FILE = "messages.yaml";

    private final String language;
    private final Map<String, String> textByName;
    private final Set<String> inEnglish;

    Messages(String language, Map<String, String> textByName, Set<String> inEnglish) {
        this.language = language;
        this.textByName = Collections.unmodifiableMap(new LinkedHashMap<>(textByName));
        this.inEnglish = Set.copyOf(inEnglish);
    }

    /** The English wording: the theme's with the site's in {@code siteRoot/templates/messages.yaml} (which need not exist) over it. */
    public static Messages load(Path siteRoot) {
        return InterfaceLanguages.load(siteRoot).english();
    }

    /** The language this wording was written for (some strings may be in English: see {@link #languageOf}). */
    public String language() {
        return language;
    }

    /** The language the text called {@code name} is in: this wording's, or English where its files leave it out. */
    public String languageOf(String name) {
        return inEnglish.contains(name) ? InterfaceLanguages.ENGLISH : language;
    }

    /** The text called {@code name}, each {@code {key}} in it replaced by the value after that key. */
    public String text(String name, String... keysAndValues) {
        String text = textByName.get(name);
        if (text == null) throw new IllegalArgumentException("The theme's " + FILE + " has no '" + name + "'");
        for (int i = 0; i < keysAndValues.length; i += 2)
            text = text.replace("{" + keysAndValues[i] + "}", keysAndValues[i + 1]);
        return text;
    }

    /** Every name, in the order of the English file. */
    Collection<String> names() {
        return textByName.keySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Messages that
                && language.equals(that.language)
                && textByName.equals(that.textByName)
                && inEnglish.equals(that.inEnglish);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, textByName, inEnglish);
    }
}
