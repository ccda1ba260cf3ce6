package org.haven.views;

/** A way to browse reviews (a theme, a type, a year): its name, page and number of reviews. */
public record FacetView(String name, String url, int count) {}
