package org.haven.views;

import java.util.List;

/** What {@code levels.peb} is given: each level as its own page is given it, so with its {@code html}. */
public record LevelsModel(List<PageView> levels) {}
