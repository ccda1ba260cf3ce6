package org.haven.search;

import java.util.regex.Pattern;
import org.haven.lunr.PipelineFunction;

/**
 * Words as written, in any script: what a page in a language Haven has no stemmer for is indexed
 * by, and what a query looks for in it. lunr's own trimmer keeps only ASCII letters and digits at
 * a word's edges ("się" becomes "si", and nothing is left of a word in Urdu or Ukrainian); this
 * keeps every letter, mark and digit, and neither stems nor leaves out English stop words.
 */
final class AsWritten {
    private static final Pattern NOT_A_WORD_AT_THE_EDGES =
            Pattern.compile("^[^\\p{L}\\p{M}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$");

    /** The whole pipeline of a page not in English: each token trimmed so; one with nothing left is dropped. */
    static final PipelineFunction TRIMMER = (token, i, tokens) -> {
        String trimmed = trim(token.toString());
        return trimmed.isEmpty() ? null : token.update(trimmed);
    };

    private AsWritten() {}

    /** A word without what is neither letter, mark nor digit at its start and end. */
    static String trim(String word) {
        return NOT_A_WORD_AT_THE_EDGES.matcher(word).replaceAll("");
    }
}
