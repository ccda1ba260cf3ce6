package org.haven.views;

import java.util.List;

/**
 * {@code page}: everything about the page being rendered, flat so a template writes
 * {@code page.level} whatever the type. What a card has comes first, then what only the
 * page's own template needs; attributes its type does not have are null.
 */
public record PageView(
        String title,
        String url,
        String summary,
        String typeLabel,
        String type,
        String date,
        String dateText,
        Integer level,
        String levelName,
        String reviewType,
        String subject,
        List<ThemeLink> themes,
        Integer year,
        String scope,
        String html,
        List<String> tags,
        String audience,
        String lang,
        boolean draft,
        String owner,
        String reviewBy,
        List<LinkView> breadcrumbs,
        String easyReadUrl,
        String standardUrl,
        String plan,
        String planUrl,
        String scopeLabel,
        String reviewTypeUrl,
        String yearUrl,
        String report,
        String briefing,
        String expires,
        TranslationsView translations) {}
