package org.haven.views;

/** A glossary entry; {@code anchor} is its id on the glossary page. */
public record TermView(String term, String meaning, String definition, String anchor) {}
