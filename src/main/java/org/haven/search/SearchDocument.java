package org.haven.search;

import java.util.List;
import org.haven.content.Language;

/**
 * One page in the search index.
 *
 * @param ref unique reference (usually the page's URL path)
 * @param title page title
 * @param url link to the page
 * @param summary one-line summary shown in results
 * @param type display label such as "Level 3", "Review", "News", "Easy read", "Page"
 * @param body the page's plain text
 * @param tags tags or keywords
 * @param audience who the page is for: "public", "professional" or "everyone"
 * @param report whether the page tells people how to report a worry (a {@code concern} page)
 * @param lang the page's language (BCP 47), or null for English
 */
public record SearchDocument(
        String ref,
        String title,
        String url,
        String summary,
        String type,
        String body,
        List<String> tags,
        String audience,
        boolean report,
        String lang) {
    /** A page that is not one for reporting a worry. */
    public SearchDocument(
            String ref,
            String title,
            String url,
            String summary,
            String type,
            String body,
            List<String> tags,
            String audience) {
        this(ref, title, url, summary, type, body, tags, audience, false, null);
    }

    /** A page for everyone. */
    public SearchDocument(
            String ref, String title, String url, String summary, String type, String body, List<String> tags) {
        this(ref, title, url, summary, type, body, tags, "everyone");
    }

    /** Whether the page is in English, so indexed through lunr's English stemmer (else its words are indexed {@link AsWritten as written}). */
    public boolean isEnglish() {
        return lang == null || new Language(lang).isEnglish();
    }

    public SearchDocument {
        if (ref == null) throw new IllegalArgumentException("a search document needs a ref");
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        summary = summary == null ? "" : summary;
        type = type == null ? "" : type;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
        audience = audience == null ? "everyone" : audience;
    }
}
