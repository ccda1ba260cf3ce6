package org.haven.search;

import java.util.List;
import java.util.regex.Pattern;
import org.haven.lunr.Pipeline;
import org.haven.lunr.PipelineFunction;
import org.haven.lunr.Stemmer;
import org.haven.lunr.StopWordFilter;
import org.haven.lunr.Token;
import org.haven.lunr.Trimmer;

/**
 * English-only stemming, by field. A page in English is indexed in the fields {@code title},
 * {@code summary}, {@code body}, {@code tags} and {@code glossary}, through lunr's trimmer, stop
 * word filter and English stemmer; a page in a language Haven has no stemmer for, in
 * {@link #UNSTEMMED} ({@code titleUnstemmed}, {@code summaryUnstemmed}, {@code bodyUnstemmed}), as
 * written: only lower-cased and trimmed of what is not a letter, mark or digit in any script (lunr's
 * own trimmer keeps only ASCII, and leaves nothing of a word in Urdu or Ukrainian).
 *
 * <p>Each function decides by the token's {@code fields} metadata, which lunr gives every token
 * it indexes and every query term. The search pipeline is {@link #STEMMER} alone, registered as
 * {@value #STEMMER_LABEL} here and, before the index is loaded, in the browser
 * ({@code havenSearchQuery.register} in {@code assets/theme/js/search-query.js}): a query term
 * for every field is stemmed, as lunr's stemmer would; one for the unstemmed fields only is not.
 */
final class StemmedFields {
    static final List<String> UNSTEMMED = List.of("titleUnstemmed", "summaryUnstemmed", "bodyUnstemmed");
    static final String STEMMER_LABEL = "havenStemmer";
    private static final Pattern NOT_A_WORD_AT_THE_EDGES =
            Pattern.compile("^[^\\p{L}\\p{M}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$");

    static final PipelineFunction TRIMMER = (token, i, tokens) -> {
        if (isStemmed(token)) return Trimmer.TRIMMER.apply(token, i, tokens);
        String trimmed = trim(token.toString());
        return trimmed.isEmpty() ? null : token.update(trimmed);
    };
    static final PipelineFunction STOP_WORD_FILTER =
            (token, i, tokens) -> isStemmed(token) ? StopWordFilter.STOP_WORD_FILTER.apply(token, i, tokens) : token;
    static final PipelineFunction STEMMER =
            (token, i, tokens) -> isStemmed(token) ? Stemmer.STEMMER.apply(token, i, tokens) : token;

    private StemmedFields() {}

    /** Makes the search pipeline loadable, as the browser does before it loads the index. */
    static void register() {
        Pipeline.registerFunction(STEMMER, STEMMER_LABEL);
    }

    /** A word as written, in any script: without what is neither letter, mark nor digit at its start and end. */
    static String trim(String word) {
        return NOT_A_WORD_AT_THE_EDGES.matcher(word).replaceAll("");
    }

    private static boolean isStemmed(Token token) {
        return !(token.metadata("fields") instanceof List<?> fields && UNSTEMMED.containsAll(fields));
    }
}
