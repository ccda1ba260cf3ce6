package org.haven.listings;

import org.haven.content.Page;
import org.haven.content.LevelDetails;
import org.haven.content.NewsDetails;
import org.haven.content.ReviewDetails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a template is given for a page (see docs/templates.md): plain maps, all work done. */
public final class Views {
    private Views() {
    }

    /** A card: enough of a page to list it. */
    public static Map<String, Object> card(Page page) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", page.title());
        card.put("url", page.url());
        card.put("summary", page.summary());
        card.put("typeLabel", page.typeLabel());
        card.put("type", page.easyRead() ? "easy-read" : page.type().word());
        card.put("date", Dates.iso(page.date()));
        card.put("dateText", Dates.text(page.date()));
        card.put("level", page.level().map(LevelDetails::level).orElse(null));
        card.put("levelName", page.level().map(LevelDetails::name).orElse(null));
        card.put("reviewType", page.review().map(ReviewDetails::reviewType).orElse(null));
        card.put("subject", page.review().map(ReviewDetails::subject).orElse(null));
        card.put("themes", page.review().map(ReviewDetails::themes).orElse(List.of()).stream()
                .map(t -> link(t, SiteUrls.reviewTheme(t))).toList());
        card.put("year", page.date() == null ? null : page.date().getYear());
        card.put("scope", page.priority().map(p -> p.scope().word()).orElse(null));
        return card;
    }

    /** Everything about a content page, for its own template. */
    public static Map<String, Object> page(Page page, String html, List<Map<String, String>> breadcrumbs,
                                           String easyReadUrl, String standardUrl, String siteLanguage) {
        Map<String, Object> view = card(page);
        view.put("html", html);
        view.put("tags", page.tags());
        view.put("audience", page.audience().word());
        view.put("lang", page.lang() == null ? siteLanguage : page.lang());
        view.put("draft", page.draft());
        view.put("owner", page.owner());
        view.put("reviewBy", Dates.iso(page.reviewBy()));
        view.put("breadcrumbs", breadcrumbs);
        view.put("easyReadUrl", easyReadUrl);
        view.put("standardUrl", standardUrl);
        page.priority().ifPresent(priority -> {
            view.put("plan", priority.plan());
            view.put("planUrl", SiteUrls.plan(priority.plan()));
            view.put("scopeLabel", priority.scope().label());
        });
        page.review().ifPresent(review -> {
            view.put("reviewTypeUrl", SiteUrls.reviewType(review.reviewType()));
            view.put("yearUrl", page.date() == null ? null : SiteUrls.reviewYear(page.date().getYear()));
            view.put("report", review.report());
            view.put("briefing", review.briefing());
        });
        view.put("expires", page.details() instanceof NewsDetails news ? Dates.iso(news.expires()) : null);
        return view;
    }

    /** A generated page: its title, summary and place, and (where a content page gives one) an intro. */
    public static Map<String, Object> generated(String type, String title, String summary, String url,
                                                List<Map<String, String>> breadcrumbs, String lang) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", title);
        view.put("url", url);
        view.put("type", type);
        view.put("typeLabel", "Page");
        view.put("summary", summary);
        view.put("tags", List.of());
        view.put("themes", List.of());
        view.put("audience", "everyone");
        view.put("lang", lang);
        view.put("draft", false);
        view.put("html", "");
        view.put("breadcrumbs", breadcrumbs);
        return view;
    }

    public static Map<String, String> link(String title, String url) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("title", title);
        link.put("name", title);
        link.put("url", url);
        return link;
    }

    public static List<Map<String, Object>> cards(List<Page> pages) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Page page : pages) cards.add(card(page));
        return cards;
    }
}
