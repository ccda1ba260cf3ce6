package org.haven.lunr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** lunr.stopWordFilter with lunr's English stop word list. */
public final class StopWordFilter {
    private StopWordFilter() {}

    /** lunr's English stop words, in lunr's order. */
    public static final List<String> WORDS = List.of(
            "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do", "does",
            "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her", "hers",
            "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like",
            "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often",
            "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so",
            "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "tis", "to",
            "too", "twas", "us", "wants", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "why", "will", "with", "would", "yet", "you", "your");

    /** lunr.generateStopWordFilter. */
    public static PipelineFunction generate(List<String> stopWords) {
        Set<String> words = new HashSet<>(stopWords);
        return (token, i, tokens) -> words.contains(token.toString()) ? null : token;
    }

    public static final PipelineFunction STOP_WORD_FILTER = generate(WORDS);

    public static boolean isStopWord(String word) {
        return STOP_SET.contains(word);
    }

    private static final Set<String> STOP_SET = new HashSet<>(WORDS);
}
