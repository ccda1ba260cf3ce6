package org.haven.views;

/** One of the header's main links; {@code current} when the page is at or under it; {@code lang} is the language the title is in. */
public record NavigationLink(String title, String url, boolean current, String lang) {}
