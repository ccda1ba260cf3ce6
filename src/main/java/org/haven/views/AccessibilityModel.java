package org.haven.views;

/** What {@code accessibility.peb} is given. */
public record AccessibilityModel(AccessibilityView accessibility) {}
