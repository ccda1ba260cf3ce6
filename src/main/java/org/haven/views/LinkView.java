package org.haven.views;

/** A link to a page by its title, as in the breadcrumbs; {@code lang} is the language the title is in. */
public record LinkView(String title, String url, String lang) {}
