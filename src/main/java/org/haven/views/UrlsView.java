package org.haven.views;

/** {@code urls}: the addresses of the pages and files Haven makes, so templates need not type them. */
public record UrlsView(
        String home,
        String levels,
        String plans,
        String reviews,
        String news,
        String feed,
        String glossary,
        String aToZ,
        String accessibility,
        String stayingSafe,
        String search) {}
