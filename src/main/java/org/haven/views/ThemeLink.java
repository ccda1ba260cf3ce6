package org.haven.views;

/** One of a review's themes and the page that lists the reviews about it. */
public record ThemeLink(String name, String url) {}
