package org.haven.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One page as the content contract defines it, its header checked: what every page has,
 * and in {@code details} the attributes of its own type.
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
        PageDetails details,
        PageHeader header,
        SourceText text) {

    /** The label shown beside the page in search results and listings. */
    public String typeLabel() {
        if (easyRead) return "Easy read";
        if (details instanceof LevelDetails level) return "Level " + level.level();
        return type.label();
    }

    public Optional<LevelDetails> level() {
        return details instanceof LevelDetails level ? Optional.of(level) : Optional.empty();
    }

    public Optional<PriorityDetails> priority() {
        return details instanceof PriorityDetails priority ? Optional.of(priority) : Optional.empty();
    }

    public Optional<ReviewDetails> review() {
        return details instanceof ReviewDetails review ? Optional.of(review) : Optional.empty();
    }

    /** The page's {@code :order:} among its siblings, or null when it sets none (checked as a whole number when read). */
    public Integer order() {
        String value = header.get("order");
        return value == null || !PageReader.isWholeNumber(value) ? null : Integer.valueOf(value.trim());
    }

    /**
     * A page in another language than the site's (English on an {@code en-GB} site is not, whether
     * written {@code en} or {@code en-GB}), or translating another page: never chosen for a link on its own.
     */
    public boolean isTranslation(String siteLanguage) {
        return translationOf() != null
                || (lang != null && !new Language(lang).primary().equals(new Language(siteLanguage).primary()));
    }

    /** The file under {@code content/} this page translates ({@code :translation-of:}), or null. */
    public String translationOf() {
        return header.get("translation-of");
    }

    /** The language the page is written in: its own {@code :lang:}, or the site's. */
    public Language language(String siteLanguage) {
        return new Language(lang == null ? siteLanguage : lang);
    }

    /** The same page written in {@code tag}: an easy-read page without {@code :lang:} is in its page's language. */
    public Page inLanguage(String tag) {
        return new Page(
                source, url, easyRead, type, title, draft, date, tags, summary, audience, reviewBy, owner, tag, details,
                header, text);
    }

    public boolean isScheduledAfter(LocalDate today) {
        return date != null && date.isAfter(today);
    }

    public boolean isPublishedOn(LocalDate today) {
        return !draft && !isScheduledAfter(today);
    }

    public boolean isExpiredOn(LocalDate today) {
        return details instanceof NewsDetails news
                && news.expires() != null
                && !news.expires().isAfter(today);
    }
}
