package org.haven.content;

import java.util.Locale;

/**
 * A page's language, as the BCP 47 tag its {@code :lang:} (or the site's {@code language}) gives:
 * what it is called by the people who speak it, and whether it is the same language as another.
 */
public record Language(String tag) {

    public Language {
        tag = tag.trim();
    }

    /** The language's own name for itself ("Polski", "Українська", "اردو"), as it stands alone in a list. */
    public String ownName() {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) return tag;
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first).toUpperCase(locale) + name.substring(first);
    }

    /** Its name in English ("Polish", "Urdu"), for people who search in English for help in it. */
    public String englishName() {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    /** The language without its region or script: {@code en} for {@code en-GB}. */
    public String primary() {
        return tag.split("-")[0].toLowerCase(Locale.ROOT);
    }

    public boolean isEnglish() {
        return primary().equals("en");
    }

    /** Written the same, whatever the case: {@code pt-BR} and {@code pt-br} are one language, {@code pt-PT} another. */
    public boolean sameAs(Language other) {
        return Locale.forLanguageTag(tag).equals(Locale.forLanguageTag(other.tag));
    }
}
