package org.haven.views;

import java.util.List;

/** What {@code home.peb} is given besides what every template is. */
public record HomeModel(List<CardView> latestNews, List<CardView> levels, List<CardView> concernPages) {}
