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
        TranslationsView translations) {

    /** A page rendered with {@code template}, starting from what its card shows; the rest is set by name. */
    public static Builder of(CardView card, String template) {
        return new Builder(card, template);
    }

    /** Names each part a page has; a part it does not have stays null (or empty, for lists and the body). */
    public static final class Builder {
        private final CardView card;
        private final String template;
        private String html = "";
        private List<String> tags = List.of();
        private String audience;
        private String lang;
        private boolean draft;
        private String owner;
        private String reviewBy;
        private List<LinkView> breadcrumbs = List.of();
        private String easyReadUrl;
        private String standardUrl;
        private String plan;
        private String planUrl;
        private String scopeLabel;
        private String reviewTypeUrl;
        private String yearUrl;
        private String report;
        private String briefing;
        private String expires;
        private TranslationsView translations;

        private Builder(CardView card, String template) {
            this.card = card;
            this.template = template;
        }

        public Builder html(String html) {
            this.html = html;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /** Who owns the page and when it is due for review. */
        public Builder ownedBy(String owner, String reviewBy) {
            this.owner = owner;
            this.reviewBy = reviewBy;
            return this;
        }

        public Builder breadcrumbs(List<LinkView> breadcrumbs) {
            this.breadcrumbs = breadcrumbs;
            return this;
        }

        /** The page's easy-read version, or the standard page an easy-read page stands beside. */
        public Builder versions(String easyReadUrl, String standardUrl) {
            this.easyReadUrl = easyReadUrl;
            this.standardUrl = standardUrl;
            return this;
        }

        /** A priority's plan, the plan's address and the priority's scope. */
        public Builder priority(String plan, String planUrl, String scopeLabel) {
            this.plan = plan;
            this.planUrl = planUrl;
            this.scopeLabel = scopeLabel;
            return this;
        }

        /** A review's listings by type and by year, and its documents. */
        public Builder review(String reviewTypeUrl, String yearUrl, String report, String briefing) {
            this.reviewTypeUrl = reviewTypeUrl;
            this.yearUrl = yearUrl;
            this.report = report;
            this.briefing = briefing;
            return this;
        }

        public Builder expires(String expires) {
            this.expires = expires;
            return this;
        }

        public Builder translations(TranslationsView translations) {
            this.translations = translations;
            return this;
        }

        public PageView build() {
            return new PageView(
                    card.title(),
                    card.url(),
                    card.summary(),
                    card.typeLabel(),
                    template,
                    card.date(),
                    card.dateText(),
                    card.level(),
                    card.levelName(),
                    card.reviewType(),
                    card.subject(),
                    card.themes(),
                    card.year(),
                    card.scope(),
                    html,
                    tags,
                    audience,
                    lang,
                    draft,
                    owner,
                    reviewBy,
                    breadcrumbs,
                    easyReadUrl,
                    standardUrl,
                    plan,
                    planUrl,
                    scopeLabel,
                    reviewTypeUrl,
                    yearUrl,
                    report,
                    briefing,
                    expires,
                    translations);
        }
    }
}
