package org.haven.listings;

import org.haven.content.Page;
import org.haven.content.PageType;
import org.haven.content.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pages Haven makes from the content. Listings that would be empty (no levels, no
 * reviews, no news) are not made. A content page published at the same URL gives a
 * generated page its title, summary and an introduction.
 */
public final class GeneratedPages {
    private static final int HOME_NEWS = 5;

    private final SiteContent content;
    private final Map<String, String> htmlByUrl;
    private final Breadcrumbs breadcrumbs;
    private final Map<String, String> titles;

    /** @param htmlByUrl every content page's finished HTML */
    public GeneratedPages(SiteContent content, Map<String, String> htmlByUrl, Breadcrumbs breadcrumbs) {
        this.content = content;
        this.htmlByUrl = htmlByUrl;
        this.breadcrumbs = breadcrumbs;
        this.titles = titles(content);
    }

    /** The URLs and titles of the generated pages, known before anything is converted. */
    public static Map<String, String> titles(SiteContent content) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(SiteUrls.HOME, "Home");
        if (!content.ofType(PageType.LEVEL).isEmpty()) titles.put(SiteUrls.LEVELS, "Levels of need");
        if (!content.plans().isEmpty()) {
            titles.put(SiteUrls.PLANS, "Plans and priorities");
            content.plans().forEach(plan -> titles.put(SiteUrls.plan(plan), "Business plan " + plan));
        }
        List<Page> reviews = content.ofType(PageType.REVIEW);
        if (!reviews.isEmpty()) {
            titles.put(SiteUrls.REVIEWS, "Learning from reviews");
            for (Page review : reviews) {
                review.themes().forEach(t -> titles.put(SiteUrls.reviewTheme(t), "Reviews about " + t.toLowerCase(Locale.UK)));
                titles.put(SiteUrls.reviewType(review.reviewType()), review.reviewType() + " reviews");
                if (review.date() != null) titles.put(SiteUrls.reviewYear(review.date().getYear()), "Reviews published in " + review.date().getYear());
            }
        }
        if (!content.ofType(PageType.NEWS).isEmpty()) titles.put(SiteUrls.NEWS, "News");
        titles.put(SiteUrls.GLOSSARY, "Glossary");
        titles.put(SiteUrls.A_TO_Z, "A to Z of pages");
        titles.put(SiteUrls.ACCESSIBILITY, "Accessibility statement");
        titles.put(SiteUrls.STAYING_SAFE, "Staying safe online");
        titles.put(SiteUrls.SEARCH, "Search");
        titles.put(SiteUrls.NOT_FOUND, "Page not found");
        return titles;
    }

    public List<GeneratedPage> all() {
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(home());
        if (titles.containsKey(SiteUrls.LEVELS)) pages.add(levels());
        if (titles.containsKey(SiteUrls.PLANS)) pages.addAll(plans());
        if (titles.containsKey(SiteUrls.REVIEWS)) pages.addAll(reviews());
        if (titles.containsKey(SiteUrls.NEWS)) {
            pages.add(page(SiteUrls.NEWS, "news-list", "Updates from " + content.site().name() + ", newest first.",
                    Map.of("news", Views.cards(content.newest(PageType.NEWS)))));
        }
        pages.add(page(SiteUrls.GLOSSARY, "glossary", "What the words and short forms on this site mean.", Map.of("terms", terms())));
        pages.add(page(SiteUrls.A_TO_Z, "a-z", "Every page on this site, from A to Z.", Map.of("letters", aToZ())));
        pages.add(page(SiteUrls.ACCESSIBILITY, "accessibility", "How accessible this website is, and how to tell us about a problem.",
                Map.of("accessibility", accessibility())));
        pages.add(page(SiteUrls.STAYING_SAFE, "staying-safe-online", "How to visit this site without others knowing, and how to leave it quickly.", Map.of()));
        pages.add(page(SiteUrls.SEARCH, "search", "Search this website.", Map.of("letters", aToZ())));
        pages.add(page(SiteUrls.NOT_FOUND, "404", "The page you asked for is not here.", Map.of()));
        return pages;
    }

    private GeneratedPage home() {
        List<Page> news = content.newest(PageType.NEWS).stream().filter(p -> !p.isExpiredOn(content.today())).limit(HOME_NEWS).toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("latestNews", Views.cards(news));
        extra.put("levels", Views.cards(content.levelsInOrder()));
        extra.put("concernPages", Views.cards(content.ofType(PageType.CONCERN)));
        return page(SiteUrls.HOME, "home", content.site().name(), extra);
    }

    private GeneratedPage levels() {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (Page level : content.levelsInOrder()) {
            Map<String, Object> card = Views.card(level);
            card.put("html", htmlByUrl.getOrDefault(level.url(), ""));
            levels.add(card);
        }
        return page(SiteUrls.LEVELS, "levels", "Every level of need side by side, to help decide what support a child needs.",
                Map.of("levels", levels));
    }

    private List<GeneratedPage> plans() {
        List<GeneratedPage> pages = new ArrayList<>();
        List<Map<String, Object>> plans = new ArrayList<>();
        for (String plan : content.plans()) {
            List<Page> priorities = content.ofType(PageType.PRIORITY).stream().filter(p -> p.plan().equals(plan)).toList();
            plans.add(Map.of("plan", plan, "url", SiteUrls.plan(plan), "count", priorities.size()));
            List<Map<String, Object>> scopes = new ArrayList<>();
            for (Scope scope : Scope.values()) {
                List<Page> inScope = priorities.stream().filter(p -> p.scope() == scope).sorted(Comparator.comparing(Page::title)).toList();
                if (!inScope.isEmpty()) scopes.add(Map.of("scope", scope.word(), "label", scope.label(), "priorities", Views.cards(inScope)));
            }
            pages.add(page(SiteUrls.plan(plan), "plan", "The priorities of the " + plan + " plan, and how we will know they are met.",
                    Map.of("plan", plan, "scopes", scopes)));
        }
        pages.add(0, page(SiteUrls.PLANS, "plans", "Our business plans and their priorities.", Map.of("plans", plans)));
        return pages;
    }

    private List<GeneratedPage> reviews() {
        List<Page> reviews = content.newest(PageType.REVIEW);
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("themes", facet(reviews, Page::themes, SiteUrls::reviewTheme));
        facets.put("types", facet(reviews, p -> List.of(p.reviewType()), SiteUrls::reviewType));
        facets.put("years", facet(reviews, p -> p.date() == null ? List.of() : List.of(String.valueOf(p.date().getYear())),
                year -> SiteUrls.reviewYear(Integer.parseInt(year))));
        List<GeneratedPage> pages = new ArrayList<>();
        Map<String, Object> library = new LinkedHashMap<>(facets);
        library.put("reviews", Views.cards(reviews));
        pages.add(page(SiteUrls.REVIEWS, "reviews", "What we have learned from reviews of cases where a child was harmed.", library));
        pages.addAll(groups(reviews, facets, "Theme", Page::themes, SiteUrls::reviewTheme));
        pages.addAll(groups(reviews, facets, "Review type", p -> List.of(p.reviewType()), SiteUrls::reviewType));
        pages.addAll(groups(reviews, facets, "Year", p -> p.date() == null ? List.of() : List.of(String.valueOf(p.date().getYear())),
                year -> SiteUrls.reviewYear(Integer.parseInt(year))));
        return pages;
    }

    private List<GeneratedPage> groups(List<Page> reviews, Map<String, Object> facets, String kind,
                                       Function<Page, List<String>> keys, Function<String, String> url) {
        Map<String, List<Page>> byKey = group(reviews, keys, url);
        List<GeneratedPage> pages = new ArrayList<>();
        byKey.forEach((groupUrl, members) -> {
            String name = groupName(members, keys, url, groupUrl);
            Map<String, Object> model = new LinkedHashMap<>(facets);
            model.put("groupKind", kind);
            model.put("groupName", name);
            model.put("reviews", Views.cards(members));
            pages.add(page(groupUrl, "reviews-group", "Reviews listed by " + kind.toLowerCase(Locale.UK) + ": " + name + ".", model));
        });
        return pages;
    }

    private static List<Map<String, Object>> facet(List<Page> reviews, Function<Page, List<String>> keys, Function<String, String> url) {
        List<Map<String, Object>> facet = new ArrayList<>();
        group(reviews, keys, url).forEach((groupUrl, members) -> {
            String name = groupName(members, keys, url, groupUrl);
            facet.add(Map.of("name", name, "url", groupUrl, "count", members.size()));
        });
        facet.sort(Comparator.comparing(m -> ((String) m.get("name")).toLowerCase(Locale.UK)));
        return facet;
    }

    /** A group's name as its first member writes it (themes that differ only in case share one page). */
    private static String groupName(List<Page> members, Function<Page, List<String>> keys, Function<String, String> url,
                                    String groupUrl) {
        return keys.apply(members.get(0)).stream().filter(k -> url.apply(k).equals(groupUrl)).findFirst().orElse("");
    }

    /** Reviews by the URL of each group they belong to; themes written in different cases fall together. */
    private static Map<String, List<Page>> group(List<Page> reviews, Function<Page, List<String>> keys, Function<String, String> url) {
        Map<String, List<Page>> byUrl = new TreeMap<>();
        for (Page review : reviews) {
            for (String key : keys.apply(review)) byUrl.computeIfAbsent(url.apply(key), u -> new ArrayList<>()).add(review);
        }
        return byUrl;
    }

    private List<Map<String, Object>> terms() {
        List<Map<String, Object>> terms = new ArrayList<>();
        content.glossary().stream().sorted(Comparator.comparing(t -> t.term().toLowerCase(Locale.UK))).forEach(t -> {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("term", t.term());
            term.put("meaning", t.meaning());
            term.put("definition", t.definition());
            term.put("anchor", t.anchor());
            terms.add(term);
        });
        return terms;
    }

    private List<Map<String, Object>> aToZ() {
        Map<String, List<Map<String, Object>>> byLetter = new TreeMap<>();
        List<Map<String, Object>> entries = new ArrayList<>(Views.cards(content.where(p -> !p.url().equals(SiteUrls.HOME)
                && !titles.containsKey(p.url()))));
        titles.forEach((url, title) -> {
            if (!url.equals(SiteUrls.HOME) && !url.equals(SiteUrls.NOT_FOUND) && !url.contains("/themes/")
                    && !url.contains("/types/") && !url.contains("/years/")) {
                Map<String, Object> card = new LinkedHashMap<>();
                card.put("title", content.at(url).map(Page::title).orElse(title));
                card.put("url", url);
                card.put("summary", content.at(url).map(Page::summary).orElse(null));
                card.put("typeLabel", "Page");
                entries.add(card);
            }
        });
        entries.sort(Comparator.comparing(c -> ((String) c.get("title")).toLowerCase(Locale.UK)));
        for (Map<String, Object> entry : entries) {
            String title = (String) entry.get("title");
            String letter = title.isEmpty() || !Character.isLetter(title.charAt(0)) ? "#" : title.substring(0, 1).toUpperCase(Locale.UK);
            byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(entry);
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        byLetter.forEach((letter, pages) -> letters.add(Map.of("letter", letter, "pages", pages)));
        return letters;
    }

    private Map<String, Object> accessibility() {
        var a = content.site().accessibility();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("standard", a.standard());
        view.put("compliance", a.compliance());
        view.put("knownIssues", a.knownIssues());
        view.put("reportEmail", a.reportEmail());
        view.put("reportPhone", a.reportPhone());
        view.put("reportPhoneHref", a.reportPhone() == null ? null : org.haven.content.PhoneNumbers.telHref(a.reportPhone()));
        view.put("responseDays", a.responseDays());
        view.put("preparedOn", Dates.text(a.preparedOn() == null ? null : java.time.LocalDate.parse(a.preparedOn())));
        view.put("reviewedOn", Dates.text(a.reviewedOn() == null ? null : java.time.LocalDate.parse(a.reviewedOn())));
        return view;
    }

    private GeneratedPage page(String url, String template, String summary, Map<String, Object> extra) {
        Map<String, Object> model = new LinkedHashMap<>(extra);
        String title = titles.get(url);
        Page written = content.at(url).orElse(null);
        Map<String, Object> view;
        if (written != null) {
            String html = htmlByUrl.getOrDefault(url, "");
            view = Views.page(written, html, breadcrumbs.to(url), null, null, content.site().language());
            view.put("type", template);
            model.put("intro", html);
        } else {
            view = Views.generated(template, title, summary, url, breadcrumbs.to(url), content.site().language());
        }
        model.put("page", view);
        return new GeneratedPage(url, template, model);
    }
}
