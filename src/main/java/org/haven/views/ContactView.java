package org.haven.views;

/** A contact from {@code site.yaml}; absent fields are null. */
public record ContactView(
        String id,
        String name,
        String audience,
        String phone,
        String phoneHref,
        String hours,
        String url,
        String email) {}
