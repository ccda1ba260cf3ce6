package org.haven.content;

import java.util.List;

/**
 * One entry of the search thesaurus: words people type (a word or a few, such as "hitting" or
 * "social services") and the words the site uses for the same thing ("abuse", "harm"). An entry
 * with no {@code means} lists words that say nothing about what is being looked for
 * ("someone", "keeps"), which search leaves out.
 */
public record EverydayWords(List<String> words, List<String> means) {
    public EverydayWords {
        words = List.copyOf(words);
        means = List.copyOf(means);
    }

    public boolean ignored() {
        return means.isEmpty();
    }
}
