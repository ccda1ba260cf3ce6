package org.haven.listings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.haven.content.Accessibility;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.content.PageType;
import org.haven.content.PhoneNumbers;
import org.haven.content.ReviewDetails;
import org.haven.content.Scope;
import org.haven.theme.Messages;
import org.haven.views.AToZModel;
import org.haven.views.AccessibilityModel;
import org.haven.views.AccessibilityView;
import org.haven.views.CardView;
import org.haven.views.FacetView;
import org.haven.views.GlossaryModel;
import org.haven.views.HomeModel;
import org.haven.views.LanguageGroupView;
import org.haven.views.LanguagesModel;
import org.haven.views.LetterView;
import org.haven.views.LevelsModel;
import org.haven.views.NewsListModel;
import org.haven.views.PlanLink;
import org.haven.views.PlanModel;
import org.haven.views.PlansModel;
import org.haven.views.ReportHubModel;
import org.haven.views.ReviewsModel;
import org.haven.views.ScopeView;
import org.haven.views.TermView;

/**
 * The pages Haven makes from the content. Listings that would be empty (no levels, no
 * reviews, no news) are not made. A content page published at the same URL gives a
 * generated page its title, summary and an introduction.
 */
public final class GeneratedPages {
    private static final int HOME_NEWS = 5;
    /** The order a group's name is taken in: the same whichever review is added or dated later. */
    private static final Comparator<Page> BY_SOURCE = Comparator.comparing(Page::source);

    private static final Grouping THEMES = new Grouping(
            "Theme",
            "reviews-theme",
            "theme",
            review -> review.review().orElseThrow().themes(),
            SiteUrls::reviewTheme);
    private static final Grouping TYPES = new Grouping(
            "Review type",
            "reviews-type",
            "type",
            review -> List.of(review.review().orElseThrow().reviewType()),
            SiteUrls::reviewType);
    private static final Grouping YEARS = new Grouping(
            "Year",
            "reviews-year",
            "year",
            review -> review.date() == null
                    ? List.of()
                    : List.of(String.valueOf(review.date().getYear())),
            year -> SiteUrls.reviewYear(Integer.parseInt(year)));

    private final SiteContent content;
    private final PageViews pageViews;
    private final Function<String, String> htmlByUrl;
    private final Messages messages;
    private final Map<String, String> titles;

    /** @param htmlByUrl every content page's finished HTML by its URL; null for a URL with no content page */
    public GeneratedPages(
            SiteContent content, Function<String, String> htmlByUrl, PageViews pageViews, Messages messages) {
        this.htmlByUrl = htmlByUrl;
        this.content = content;
        this.pageViews = pageViews;
        this.messages = messages;
        this.titles = titles(content, messages);
    }

    /**
     * A way to group reviews: its name for templates ({@code groupKind}), the prefix of its
     * wording in the messages and the value that wording names, the names a review is listed
     * under, and the page for each name.
     */
    private record Grouping(
            String kind,
            String messages,
            String placeholder,
            Function<Page, List<String>> keys,
            Function<String, String> url) {}

    /** The URLs of the content pages whose body a generated page shows: each level, and each introduction. */
    public static Set<String> bodiesShown(SiteContent content, Collection<String> generatedUrls) {
        Set<String> urls = new HashSet<>(generatedUrls);
        content.levelsInOrder().forEach(level -> urls.add(level.url()));
        return urls;
    }

    /** The URLs and titles of the generated pages, known before anything is converted. */
    public static Map<String, String> titles(SiteContent content, Messages messages) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(SiteUrls.HOME, messages.text("home.title"));
        if (!content.ofType(PageType.LEVEL).isEmpty()) titles.put(SiteUrls.LEVELS, messages.text("levels.title"));
        if (!content.plans().isEmpty()) {
            titles.put(SiteUrls.PLANS, messages.text("plans.title"));
            content.plans().forEach(plan -> titles.put(SiteUrls.plan(plan), messages.text("plan.title", "plan", plan)));
        }
        ReportHub.url(content).ifPresent(hub -> titles.put(hub, messages.text("report-hub.title")));
        List<Page> reviews =
                content.ofType(PageType.REVIEW).stream().sorted(BY_SOURCE).toList();
        if (!reviews.isEmpty()) {
            titles.put(SiteUrls.REVIEWS, messages.text("reviews.title"));
            for (Page review : reviews) {
                ReviewDetails about = review.review().orElseThrow();
                about.themes()
                        .forEach(t -> titles.putIfAbsent(
                                SiteUrls.reviewTheme(t),
                                messages.text("reviews-theme.title", "theme", t.toLowerCase(Locale.UK))));
                titles.put(
                        SiteUrls.reviewType(about.reviewType()),
                        messages.text("reviews-type.title", "type", about.reviewType()));
                if (review.date() != null) {
                    String year = String.valueOf(review.date().getYear());
                    titles.put(
                            SiteUrls.reviewYear(review.date().getYear()),
                            messages.text("reviews-year.title", "year", year));
                }
            }
        }
        if (!content.ofType(PageType.NEWS).isEmpty()) titles.put(SiteUrls.NEWS, messages.text("news-list.title"));
        titles.put(SiteUrls.GLOSSARY, messages.text("glossary.title"));
        titles.put(SiteUrls.A_TO_Z, messages.text("a-z.title"));
        titles.put(SiteUrls.ACCESSIBILITY, messages.text("accessibility.title"));
        titles.put(SiteUrls.STAYING_SAFE, messages.text("staying-safe-online.title"));
        titles.put(SiteUrls.SEARCH, messages.text("search.title"));
        if (content.translations().any()) titles.put(SiteUrls.LANGUAGES, messages.text("languages.title"));
        titles.put(SiteUrls.NOT_FOUND, messages.text("404.title"));
        return titles;
    }

    public List<GeneratedPage> all() {
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(home());
        ReportHub.url(content)
                .ifPresent(hub -> pages.add(page(
                        hub,
                        "report-hub",
                        messages.text("report-hub.summary"),
                        new ReportHubModel(Views.cards(ReportHub.pages(content))))));
        if (titles.containsKey(SiteUrls.LEVELS)) pages.add(levels());
        if (titles.containsKey(SiteUrls.PLANS)) pages.addAll(plans());
        if (titles.containsKey(SiteUrls.REVIEWS)) pages.addAll(reviews());
        if (titles.containsKey(SiteUrls.NEWS)) {
            pages.add(page(
                    SiteUrls.NEWS,
                    "news-list",
                    messages.text("news-list.summary", "site", content.site().name()),
                    new NewsListModel(Views.cards(content.newest(PageType.NEWS)))));
        }
        pages.add(page(SiteUrls.GLOSSARY, "glossary", messages.text("glossary.summary"), new GlossaryModel(terms())));
        AToZModel aToZ = new AToZModel(aToZ());
        pages.add(page(SiteUrls.A_TO_Z, "a-z", messages.text("a-z.summary"), aToZ));
        pages.add(page(
                SiteUrls.ACCESSIBILITY,
                "accessibility",
                messages.text("accessibility.summary"),
                new AccessibilityModel(accessibility())));
        pages.add(
                page(SiteUrls.STAYING_SAFE, "staying-safe-online", messages.text("staying-safe-online.summary"), null));
        pages.add(page(SiteUrls.SEARCH, "search", messages.text("search.summary"), aToZ));
        if (titles.containsKey(SiteUrls.LANGUAGES))
            pages.add(page(SiteUrls.LANGUAGES, "languages", messages.text("languages.summary"), languages()));
        pages.add(page(SiteUrls.NOT_FOUND, "404", messages.text("404.summary"), null));
        return pages;
    }

    private GeneratedPage home() {
        List<Page> news = content.newest(PageType.NEWS).stream()
                .filter(p -> !p.isExpiredOn(content.today()))
                .limit(HOME_NEWS)
                .toList();
        return page(
                SiteUrls.HOME,
                "home",
                content.site().name(),
                new HomeModel(
                        Views.cards(news),
                        Views.cards(content.levelsInOrder()),
                        Views.cards(ReportHub.pages(content))));
    }

    private GeneratedPage levels() {
        return page(
                SiteUrls.LEVELS,
                "levels",
                messages.text("levels.summary"),
                new LevelsModel(content.levelsInOrder().stream()
                        .map(level -> pageViews.of(
                                level,
                                EmbeddedHtml.withIdsPrefixed(htmlOf(level.url()), EmbeddedHtml.prefixFor(level.url()))))
                        .toList()));
    }

    private List<GeneratedPage> plans() {
        List<GeneratedPage> pages = new ArrayList<>();
        List<PlanLink> plans = new ArrayList<>();
        for (String plan : content.plans()) {
            List<Page> priorities = content.ofType(PageType.PRIORITY).stream()
                    .filter(p -> p.priority().orElseThrow().plan().equals(plan))
                    .toList();
            plans.add(new PlanLink(plan, SiteUrls.plan(plan), priorities.size()));
            List<ScopeView> scopes = new ArrayList<>();
            for (Scope scope : Scope.values()) {
                List<Page> inScope = priorities.stream()
                        .filter(p -> p.priority().orElseThrow().scope() == scope)
                        .sorted(Comparator.comparing(Page::title))
                        .toList();
                if (!inScope.isEmpty()) scopes.add(new ScopeView(scope.word(), scope.label(), Views.cards(inScope)));
            }
            pages.add(page(
                    SiteUrls.plan(plan),
                    "plan",
                    messages.text("plan.summary", "plan", plan),
                    new PlanModel(plan, scopes)));
        }
        pages.add(0, page(SiteUrls.PLANS, "plans", messages.text("plans.summary"), new PlansModel(plans)));
        return pages;
    }

    private List<GeneratedPage> reviews() {
        List<Page> reviews = content.newest(PageType.REVIEW);
        ReviewsModel library = new ReviewsModel(
                null, null, Views.cards(reviews), facet(reviews, THEMES), facet(reviews, TYPES), facet(reviews, YEARS));
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(page(SiteUrls.REVIEWS, "reviews", messages.text("reviews.summary"), library));
        for (Grouping grouping : List.of(THEMES, TYPES, YEARS)) pages.addAll(groups(reviews, library, grouping));
        return pages;
    }

    private List<GeneratedPage> groups(List<Page> reviews, ReviewsModel library, Grouping grouping) {
        List<GeneratedPage> pages = new ArrayList<>();
        group(reviews, grouping).forEach((groupUrl, members) -> {
            String name = groupName(members, grouping, groupUrl);
            ReviewsModel model = new ReviewsModel(
                    grouping.kind(), name, Views.cards(members), library.themes(), library.types(), library.years());
            String summary = messages.text(grouping.messages() + ".summary", grouping.placeholder(), name);
            pages.add(page(groupUrl, "reviews-group", summary, model));
        });
        return pages;
    }

    private static List<FacetView> facet(List<Page> reviews, Grouping grouping) {
        List<FacetView> facet = new ArrayList<>();
        group(reviews, grouping)
                .forEach((groupUrl, members) ->
                        facet.add(new FacetView(groupName(members, grouping, groupUrl), groupUrl, members.size())));
        facet.sort(Comparator.comparing(f -> f.name().toLowerCase(Locale.UK)));
        return facet;
    }

    /**
     * A group's name as its member with the first source file writes it (themes that differ
     * only in case share one page, and a new review spelt another way does not rename it).
     */
    private static String groupName(List<Page> members, Grouping grouping, String groupUrl) {
        return grouping.keys().apply(members.stream().min(BY_SOURCE).orElseThrow()).stream()
                .filter(k -> grouping.url().apply(k).equals(groupUrl))
                .findFirst()
                .orElse("");
    }

    /** Reviews by the URL of each group they belong to; themes written in different cases fall together. */
    private static Map<String, List<Page>> group(List<Page> reviews, Grouping grouping) {
        Map<String, List<Page>> byUrl = new TreeMap<>();
        for (Page review : reviews) {
            for (String key : grouping.keys().apply(review))
                byUrl.computeIfAbsent(grouping.url().apply(key), u -> new ArrayList<>())
                        .add(review);
        }
        return byUrl;
    }

    private List<TermView> terms() {
        return content.glossary().stream()
                .sorted(Comparator.comparing(t -> t.term().toLowerCase(Locale.UK)))
                .map(t -> new TermView(t.term(), t.meaning(), t.definition(), t.anchor()))
                .toList();
    }

    private List<LetterView> aToZ() {
        List<CardView> entries = new ArrayList<>(
                Views.cards(content.where(p -> !p.url().equals(SiteUrls.HOME) && !titles.containsKey(p.url()))));
        titles.forEach((url, title) -> {
            if (!url.equals(SiteUrls.HOME)
                    && !url.equals(SiteUrls.NOT_FOUND)
                    && !url.contains("/themes/")
                    && !url.contains("/types/")
                    && !url.contains("/years/")) {
                entries.add(CardView.plain(
                        content.at(url).map(Page::title).orElse(title),
                        url,
                        content.at(url).map(Page::summary).orElse(null),
                        "Page"));
            }
        });
        List<CardView> sorted = entries.stream()
                .map(card -> Map.entry(card.title().toLowerCase(Locale.UK), card))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        Map<String, List<CardView>> byLetter = new TreeMap<>();
        for (CardView entry : sorted) {
            String title = entry.title();
            String letter = title.isEmpty() || !Character.isLetter(title.charAt(0))
                    ? "#"
                    : title.substring(0, 1).toUpperCase(Locale.UK);
            byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(entry);
        }
        List<LetterView> letters = new ArrayList<>();
        byLetter.forEach((letter, pages) -> letters.add(new LetterView(letter, pages)));
        return letters;
    }

    /** Every translated page, under its language's own name. */
    private LanguagesModel languages() {
        String siteLanguage = content.site().language();
        List<LanguageGroupView> languages = new ArrayList<>();
        content.translations().byLanguage(siteLanguage).forEach((tag, pages) -> {
            Language language = pages.get(0).language(siteLanguage);
            languages.add(new LanguageGroupView(language.ownName(), language.tag(), Views.cards(pages)));
        });
        return new LanguagesModel(languages);
    }

    private AccessibilityView accessibility() {
        Accessibility a = content.site().accessibility();
        return new AccessibilityView(
                a.standard(),
                a.compliance(),
                a.knownIssues(),
                a.reportEmail(),
                a.reportPhone(),
                a.reportPhone() == null ? null : PhoneNumbers.telHref(a.reportPhone()),
                a.responseDays(),
                Dates.text(a.preparedOn() == null ? null : LocalDate.parse(a.preparedOn())),
                Dates.text(a.reviewedOn() == null ? null : LocalDate.parse(a.reviewedOn())));
    }

    /** @param model what the template is given besides {@code page}, or null for nothing */
    private GeneratedPage page(String url, String template, String summary, Record model) {
        Page written = content.at(url).orElse(null);
        if (written == null)
            return new GeneratedPage(
                    url, template, pageViews.generated(template, titles.get(url), summary, url), null, model);
        return new GeneratedPage(url, template, pageViews.written(written, template, htmlOf(url)), htmlOf(url), model);
    }

    private String htmlOf(String url) {
        return Objects.requireNonNullElse(htmlByUrl.apply(url), "");
    }
}
