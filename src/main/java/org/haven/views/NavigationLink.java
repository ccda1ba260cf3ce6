package org.haven.views;

/** One of the header's main links; {@code current} when the page is at or under it. */
public record NavigationLink(String title, String url, boolean current) {}
