package org.haven.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.lunr.Index;
import org.haven.lunr.Query;
import org.haven.lunr.Stemmer;
import org.haven.lunr.StopWordFilter;
import org.haven.lunr.Token;
import org.haven.lunr.Tokenizer;
import org.haven.lunr.Trimmer;

/**
 * The query rule: what people type, in their own words, becomes a lunr query, and lunr's results
 * are put in the order they are shown. The site's browsers run the same rule from the theme's
 * {@code assets/theme/js/search-query.js}, written with lunr's own tokenizer, trimmer, stop word
 * filter and stemmer; the tests run that very file under Node and check both give the same
 * string.
 *
 * <h2>Query ({@link #queryFor})</h2>
 * What people type is never read as lunr query syntax. It becomes a lunr query string so:
 * <ol>
 *   <li>Split the input with lunr's tokenizer ({@code lunr.tokenizer}: lower-case, split on
 *       whitespace and hyphens).</li>
 *   <li>For each token, delete every {@code *}, then apply lunr's trimmer (strip leading and
 *       trailing characters other than ASCII letters, digits and underscore). Call the result
 *       {@code w}; skip it if empty.</li>
 *   <li>If {@code w} is one of lunr's stop words, or its stem is one the thesaurus ignores
 *       ("someone", "keeps"), it is left out, except that when it is the last token and every
 *       token is left out, emit {@code esc(w)*} (it may be the start of a longer word being
 *       typed: "on" for "online"); after other words it is most likely whole ("my dad hits me"),
 *       and "me*" would find "men".</li>
 *   <li>Otherwise emit {@code esc(w)^10 esc(stem(w))*}: the whole word, boosted 10 (lunr's
 *       search pipeline stems it, matching the index), or any indexed word starting with its stem
 *       ({@code stem} is {@code lunr.stemmer}; wildcard terms bypass the search pipeline); and, for
 *       a word of {@value #FUZZY_FROM} characters or more, {@code esc(w)~1}: its stem spelt with
 *       one letter more, less or different ("neglet", "abuce").</li>
 *   <li>Then the thesaurus: for each run of one or more tokens (stop words included) whose stems,
 *       joined by single spaces, are a phrase the thesaurus knows, emit {@code esc(s)^5} for each of
 *       its site words {@code s}, each once, unless it was typed itself.</li>
 *   <li>Clauses are joined with single spaces, in order; all are optional (lunr's OR).
 *       {@code esc} puts a backslash before each {@code \ : ~ ^ +}.</li>
 * </ol>
 * For example, with no thesaurus, "Worried about a child" becomes
 * {@code worried^10 worri* worried~1 child^10 child* child~1}. An empty query string finds nothing
 * (not everything, as an empty lunr query would). Should lunr still reject the string, the same
 * clauses are run through lunr's query API instead of its parser ({@link #query}).
 *
 * <h2>Order ({@link #rank})</h2>
 * lunr's score; when what was typed sounds like the public ({@link #soundsPublic}: a phrase the
 * thesaurus knows, or a filler word it ignores), times {@value #PUBLIC_BOOST} for a page whose
 * audience is the public, so a page written for a worried parent or a child comes before one for
 * professionals that matches about as well. Equal scores keep lunr's order.
 */
public final class SearchQuery {
    static final int FUZZY_FROM = 5;
    static final double PUBLIC_BOOST = 4;
    /** For everyday words, a page on how to report a worry is what the person most likely needs. */
    static final double REPORT_BOOST = 2;

    private SearchQuery() {}

    /**
     * A word typed: {@code plain} as lunr's trimmer leaves it (ASCII letters and digits at its
     * edges, perhaps empty), {@code written} as written in any script ({@link AsWritten#trim}).
     */
    record Word(String plain, boolean left, String written) {}

    /** The tokens of what was typed, trimmed; {@code left} marks a stop word or an ignored one. */
    static List<Word> words(String userInput, Thesaurus thesaurus) {
        List<Word> out = new ArrayList<>();
        if (userInput == null) return out;
        for (Token t : Tokenizer.tokenize(userInput)) {
            String typed = t.toString().replace("*", "");
            String w = Trimmer.trim(typed);
            String written = AsWritten.trim(typed);
            if (!w.isEmpty())
                out.add(new Word(
                        w, StopWordFilter.isStopWord(w) || thesaurus.ignored().contains(Stemmer.stem(w)), written));
            else if (!written.isEmpty()) out.add(new Word("", true, written));
        }
        return out;
    }

    /**
     * The words looked for as written, for pages in other languages: those lunr's trimmer cuts, as
     * they have letters beyond ASCII at an edge ("się", "بچے"). Other words are found in those pages
     * by their English clauses (the whole word, its stem as a prefix, and one letter out), which leave
     * English searches as they were.
     */
    private static List<Word> asWritten(List<Word> words) {
        return words.stream().filter(w -> !w.written().equals(w.plain())).toList();
    }

    /** The English words: those lunr's trimmer leaves something of. */
    private static List<Word> english(List<Word> words) {
        return words.stream().filter(w -> !w.plain().isEmpty()).toList();
    }

    private static String esc(String w) {
        StringBuilder sb = new StringBuilder(w.length() + 4);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\\' || c == ':' || c == '~' || c == '^' || c == '+') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** The lunr query string for what someone typed; see the class comment for the rule. */
    public static String queryFor(String userInput, Thesaurus thesaurus) {
        List<Word> typed = words(userInput, thesaurus);
        List<Word> words = english(typed);
        List<String> clauses = new ArrayList<>();
        boolean alone = words.stream().allMatch(Word::left);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.left()) {
                if (alone && i == words.size() - 1) clauses.add(esc(w.plain()) + "*");
                continue;
            }
            clauses.add(esc(w.plain()) + "^10");
            clauses.add(esc(Stemmer.stem(w.plain())) + "*");
            if (w.plain().length() >= FUZZY_FROM) clauses.add(esc(w.plain()) + "~1");
        }
        for (String s : siteWords(words, thesaurus)) clauses.add(esc(s) + "^5");
        for (Word w : asWritten(typed)) clauses.add(esc(w.written()) + "*^10");
        return String.join(" ", clauses);
    }

    /** The phrases typed that the thesaurus knows: runs of tokens, by their stems joined with spaces. */
    private static List<String> phrasesTyped(List<Word> words, Thesaurus thesaurus) {
        List<String> stems = words.stream().map(w -> Stemmer.stem(w.plain())).toList();
        List<String> out = new ArrayList<>();
        int longest = thesaurus.longestPhrase();
        for (int i = 0; i < stems.size(); i++) {
            for (int n = 1; n <= longest && i + n <= stems.size(); n++) {
                String phrase = String.join(" ", stems.subList(i, i + n));
                if (thesaurus.siteWords().containsKey(phrase)) out.add(phrase);
            }
        }
        return out;
    }

    /** The site words for the phrases typed, each once, leaving out words typed themselves. */
    private static Set<String> siteWords(List<Word> words, Thesaurus thesaurus) {
        Set<String> typed = new LinkedHashSet<>();
        words.forEach(w -> typed.add(w.plain()));
        Set<String> out = new LinkedHashSet<>();
        for (String phrase : phrasesTyped(words, thesaurus)) {
            thesaurus.siteWords().get(phrase).stream()
                    .filter(s -> !typed.contains(s))
                    .forEach(out::add);
        }
        return out;
    }

    /** Typed in everyday words: a phrase the thesaurus knows, or a filler word it ignores. */
    public static boolean soundsPublic(String userInput, Thesaurus thesaurus) {
        List<Word> words = english(words(userInput, thesaurus));
        return !phrasesTyped(words, thesaurus).isEmpty()
                || words.stream().anyMatch(w -> thesaurus.ignored().contains(Stemmer.stem(w.plain())));
    }

    /** The same clauses through lunr's query API, for a string its parser rejects. */
    static List<Index.Result> query(Index index, String userInput, Thesaurus thesaurus) {
        List<Word> typed = words(userInput, thesaurus);
        List<Word> words = english(typed);
        boolean alone = words.stream().allMatch(Word::left);
        return index.query(query -> {
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.left() && !(alone && i == words.size() - 1)) continue;
                if (!w.left()) query.term(w.plain(), new Query.Clause().boost(10));
                String prefix = w.left() ? w.plain() : Stemmer.stem(w.plain());
                query.term(prefix + "*", new Query.Clause().usePipeline(false));
                if (!w.left() && w.plain().length() >= FUZZY_FROM)
                    query.term(w.plain(), new Query.Clause().editDistance(1));
            }
            for (String s : siteWords(words, thesaurus)) query.term(s, new Query.Clause().boost(5));
            for (Word w : asWritten(typed))
                query.term(w.written() + "*", new Query.Clause().boost(10).usePipeline(false));
        });
    }

    /** A result and its place in the order shown. */
    public record Ranked(String ref, double score) {}

    /**
     * lunr's results in the order they are shown: when {@code publicSounding}, a page {@code docs}
     * says is for the public scores {@value #PUBLIC_BOOST} times as much, and a page for reporting a
     * worry {@value #REPORT_BOOST} times as much again.
     */
    static List<Ranked> rank(
            List<Index.Result> results, Map<String, Map<String, Object>> docs, boolean publicSounding) {
        return results.stream()
                .map(r -> {
                    Map<String, Object> doc = docs.getOrDefault(r.ref(), Map.of());
                    double boost = 1;
                    if (publicSounding && "public".equals(doc.get("audience"))) boost *= PUBLIC_BOOST;
                    if (publicSounding && Boolean.TRUE.equals(doc.get("report"))) boost *= REPORT_BOOST;
                    return new Ranked(r.ref(), r.score() * boost);
                })
                .sorted(Comparator.comparingDouble(Ranked::score).reversed())
                .toList();
    }
}
