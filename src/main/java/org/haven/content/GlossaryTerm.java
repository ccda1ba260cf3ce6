package org.haven.content;

/** An acronym or term from {@code data/glossary.yaml}. */
public record GlossaryTerm(String term, String meaning, String definition) {

    /** The id of the term's entry on the glossary page. */
    public String anchor() {
        return Slugs.slug(term);
    }
}
