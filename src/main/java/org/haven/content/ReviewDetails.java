package org.haven.content;

import java.util.List;
import java.util.stream.Stream;

/**
 * A case review: its kind (CSPR, SAR…), whom it is about, its themes (at least one), and
 * links to the full report and the 7-minute briefing (either may be null).
 */
public record ReviewDetails(String reviewType, String subject, List<String> themes, String report, String briefing)
        implements PageDetails {

    @Override
    public List<String> keywords() {
        return Stream.concat(themes.stream(), Stream.of(reviewType, subject)).toList();
    }
}
