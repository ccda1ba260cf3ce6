package org.haven.views;

import java.util.List;

/** The "Help in other languages" page: {@code languages}, each with the pages written in it. */
public record LanguagesModel(List<LanguageGroupView> languages) {}
