package org.haven.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.problems.Closest;
import org.haven.problems.Problems;

/**
 * A translation names, by {@code :translation-of:}, a page that exists and translates nothing
 * itself; it says its language, and no other translation of that page is in the same language.
 */
final class TranslationRules {
    private static final String CONTENT = "content/";

    private TranslationRules() {}

    static void check(List<Page> pages, String siteLanguage, Problems problems) {
        Map<String, Page> bySource = new HashMap<>();
        pages.forEach(p -> bySource.put(p.source(), p));
        List<String> names = pages.stream()
                .filter(p -> !p.easyRead())
                .map(p -> p.source().substring(CONTENT.length()))
                .toList();
        Map<String, List<Page>> byOriginal = new HashMap<>();
        for (Page page : pages) {
            String named = page.translationOf();
            if (named == null) continue;
            int line = page.header().lineOf("translation-of");
            if (page.lang() == null) {
                problems.error(
                        page.source(),
                        line,
                        "A translation must say which language it is in, and this page has no ':lang:'.",
                        "Add ':lang:' under the title with the language's code, e.g. ':lang: pl' for Polish or ':lang: ur' for Urdu.");
            }
            Page original = bySource.get(CONTENT + named);
            if (original == null || original.easyRead()) {
                String meant = Closest.to(named, names).orElse(null);
                problems.error(
                        page.source(),
                        line,
                        "':translation-of: " + named + "' names a page that does not exist"
                                + (meant == null ? "." : " — did you mean '" + meant + "'?"),
                        meant == null
                                ? "Write the path of the page this one translates, from inside content/, e.g. ':translation-of: reporting/worried-about-a-child.adoc'."
                                : "Write ':translation-of: " + meant + "'.");
            } else if (original.translationOf() != null) {
                problems.error(
                        page.source(),
                        line,
                        "':translation-of: " + named + "' names a page that is itself a translation.",
                        "Name the page it translates instead: ':translation-of: " + original.translationOf() + "'.");
            } else if (page.lang() != null) {
                byOriginal
                        .computeIfAbsent(original.source(), o -> new ArrayList<>())
                        .add(page);
            }
        }
        byOriginal.forEach((original, translations) ->
                oneTranslationPerLanguage(bySource.get(original), translations, siteLanguage, problems));
    }

    private static void oneTranslationPerLanguage(
            Page original, List<Page> translations, String siteLanguage, Problems problems) {
        List<Page> seen = new ArrayList<>(List.of(original));
        translations.stream().sorted((a, b) -> a.source().compareTo(b.source())).forEach(page -> {
            Language language = page.language(siteLanguage);
            seen.stream()
                    .filter(other -> other.language(siteLanguage).sameAs(language))
                    .findFirst()
                    .ifPresentOrElse(
                            other -> problems.error(
                                    page.source(),
                                    page.header().lineOf("lang"),
                                    other == original
                                            ? "This page is in the same language (" + language.tag()
                                                    + ") as the page it translates, " + original.source() + "."
                                            : other.source() + " already translates " + original.source()
                                                    + " into this language (" + language.tag() + ").",
                                    other == original
                                            ? "Give ':lang:' the code of the language this page is written in."
                                            : "Keep one translation in each language: merge the two pages, or correct ':lang:' on one of them."),
                            () -> seen.add(page));
        });
    }
}
