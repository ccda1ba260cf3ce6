package org.haven.search;

/**
 * A glossary term and its meaning, e.g. "CSPR" and "child safeguarding practice review".
 *
 * @param term the short form
 * @param meaning the words it stands for
 */
public record GlossaryEntry(String term, String meaning) {
    public GlossaryEntry {
        if (term == null || meaning == null)
            throw new IllegalArgumentException("glossary entries need a term and a meaning");
    }
}
