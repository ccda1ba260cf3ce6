package org.haven.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.haven.content.EverydayWords;
import org.haven.lunr.Stemmer;

/**
 * The search thesaurus as the query rule uses it, in the browser and here: the stems of what
 * people type (a phrase's stems joined by single spaces, as "social servic") and the site's
 * words for the same thing; and the stems of words that are left out of a query, as lunr's stop
 * words are. Words are split and trimmed as a query is ({@link SearchQuery#queryFor}), so an
 * entry matches whatever ending a word is typed with.
 *
 * <p>Written into the index JSON as {@code "thesaurus": {"words": {stems: [site words]},
 * "ignore": [stems]}}.
 *
 * @param siteWords the site's words for each typed phrase, by the phrase's stems
 * @param ignored stems of words search leaves out
 */
public record Thesaurus(Map<String, List<String>> siteWords, Set<String> ignored) {
    public static final Thesaurus NONE = new Thesaurus(Map.of(), Set.of());

    public Thesaurus {
        siteWords = Collections.unmodifiableMap(new LinkedHashMap<>(siteWords));
        ignored = Collections.unmodifiableSet(new LinkedHashSet<>(ignored));
    }

    /** The thesaurus of these entries; a phrase in two entries gets the site words of both. */
    public static Thesaurus of(List<EverydayWords> entries) {
        Map<String, List<String>> siteWords = new LinkedHashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (EverydayWords entry : entries) {
            List<String> means = new ArrayList<>();
            entry.means().forEach(m -> SearchQuery.words(m, NONE).forEach(w -> means.add(w.plain())));
            for (String phrase : entry.words()) {
                String stems = stems(phrase);
                if (stems.isEmpty()) continue;
                if (entry.ignored()) {
                    ignored.addAll(List.of(stems.split(" ")));
                    continue;
                }
                List<String> known = siteWords.computeIfAbsent(stems, k -> new ArrayList<>());
                means.stream().filter(m -> !known.contains(m)).distinct().forEach(known::add);
            }
        }
        return new Thesaurus(siteWords, ignored);
    }

    /** The stems of a phrase's words, joined by single spaces. */
    static String stems(String phrase) {
        return String.join(
                " ",
                SearchQuery.words(phrase, NONE).stream()
                        .map(w -> Stemmer.stem(w.plain()))
                        .toList());
    }

    /** Only the site words {@code used} says the site uses, and only the phrases left with one. */
    Thesaurus keeping(Predicate<String> used) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        siteWords.forEach((stems, words) -> {
            List<String> left = words.stream().filter(used).toList();
            if (!left.isEmpty()) kept.put(stems, left);
        });
        return new Thesaurus(kept, ignored);
    }

    /** The most words in one phrase. */
    int longestPhrase() {
        return siteWords.keySet().stream()
                .mapToInt(k -> k.split(" ").length)
                .max()
                .orElse(0);
    }

    Map<String, Object> toJsonValue() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("words", siteWords);
        json.put("ignore", List.copyOf(ignored));
        return json;
    }

    @SuppressWarnings("unchecked")
    static Thesaurus fromJsonValue(Object value) {
        if (!(value instanceof Map<?, ?> json)) return NONE;
        Map<String, List<String>> words = new LinkedHashMap<>();
        if (json.get("words") instanceof Map<?, ?> m) m.forEach((k, v) -> words.put((String) k, (List<String>) v));
        Set<String> ignored = new LinkedHashSet<>();
        if (json.get("ignore") instanceof List<?> l) l.forEach(s -> ignored.add((String) s));
        return new Thesaurus(words, ignored);
    }
}
