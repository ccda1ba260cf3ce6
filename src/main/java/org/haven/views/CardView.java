package org.haven.views;

import java.util.List;

/**
 * Enough of a page to list it, plus the attributes of its type that listings show (null,
 * or no themes, where the type has none).
 */
public record CardView(
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
        String scope) {

    /** A page that has only a title, an address and perhaps a summary, such as a page Haven makes. */
    public static CardView plain(String title, String url, String summary, String typeLabel) {
        return new CardView(
                title, url, summary, typeLabel, null, null, null, null, null, null, null, List.of(), null, null);
    }
}
