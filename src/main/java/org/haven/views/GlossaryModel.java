package org.haven.views;

import java.util.List;

/** What {@code glossary.peb} is given: the terms in alphabetical order. */
public record GlossaryModel(List<TermView> terms) {}
