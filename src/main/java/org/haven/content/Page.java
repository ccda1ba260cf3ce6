package org.haven.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One page as the content contract defines it, its header checked. Attributes that do not
 * apply to its type are null.
 */
public record Page(
        String source,
        String url,
        boolean easyRead,
        PageType type,
        String title,
        boolean draft,
        LocalDate date,
        List<String> tags,
        String summary,
        Audience audience,
        LocalDate reviewBy,
        String owner,
        String lang,
        Integer level,
        String levelName,
        String plan,
        Scope scope,
        String reviewType,
        String subject,
        List<String> themes,
        String report,
        String briefing,
        LocalDate expires,
        PageHeader header,
        SourceText text) {

    /** The label shown beside the page in search results and listings. */
    public String typeLabel() {
        if (easyRead) return "Easy read";
        if (type == PageType.LEVEL && level != null) return "Level " + level;
        return type.label();
    }

    public boolean isScheduledAfter(LocalDate today) {
        return date != null && date.isAfter(today);
    }

    public boolean isPublishedOn(LocalDate today) {
        return !draft && !isScheduledAfter(today);
    }

    public boolean isExpiredOn(LocalDate today) {
        return expires != null && !expires.isAfter(today);
    }
}
