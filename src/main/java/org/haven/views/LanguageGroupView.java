package org.haven.views;

import java.util.List;

/** One language on the "Help in other languages" page: its own name, its tag and its pages. */
public record LanguageGroupView(String name, String lang, List<CardView> pages) {}
