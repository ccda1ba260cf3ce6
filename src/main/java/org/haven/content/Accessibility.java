package org.haven.content;

import java.util.List;

/** What the accessibility statement says, from the optional {@code accessibility:} part of {@code site.yaml}. */
public record Accessibility(
        String standard,
        String compliance,
        List<String> knownIssues,
        String reportEmail,
        String reportPhone,
        int responseDays,
        String preparedOn,
        String reviewedOn) {}
