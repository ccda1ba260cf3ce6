package org.haven.views;

/** A link to a page by its title, as in the breadcrumbs. */
public record LinkView(String title, String url) {}
