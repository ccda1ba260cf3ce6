package org.haven.views;

import java.util.List;

/** The accessibility statement's facts, from {@code site.yaml} with defaults; dates as text. */
public record AccessibilityView(
        String standard,
        String compliance,
        List<String> knownIssues,
        String reportEmail,
        String reportPhone,
        String reportPhoneHref,
        int responseDays,
        String preparedOn,
        String reviewedOn) {}
