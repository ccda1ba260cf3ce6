package org.haven.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.listings.SiteUrls;
import org.haven.views.AToZModel;
import org.haven.views.AccessibilityModel;
import org.haven.views.AccessibilityView;
import org.haven.views.CardView;
import org.haven.views.ContactView;
import org.haven.views.FacetView;
import org.haven.views.GlossaryModel;
import org.haven.views.HomeModel;
import org.haven.views.LanguageGroupView;
import org.haven.views.LanguageLink;
import org.haven.views.LanguagesModel;
import org.haven.views.LetterView;
import org.haven.views.LevelsModel;
import org.haven.views.LinkView;
import org.haven.views.NavigationLink;
import org.haven.views.NewsListModel;
import org.haven.views.PageView;
import org.haven.views.PlanLink;
import org.haven.views.PlanModel;
import org.haven.views.PlansModel;
import org.haven.views.ReportHubModel;
import org.haven.views.ReviewsModel;
import org.haven.views.ScopeView;
import org.haven.views.SiteView;
import org.haven.views.TemplateModel;
import org.haven.views.TermView;
import org.haven.views.ThemeLink;
import org.haven.views.TranslationsView;

/** Realistic models for every template, built from the records Haven gives templates. */
final class SampleModels {
    static final InterfaceLanguages LANGUAGES = InterfaceLanguages.load(java.nio.file.Path.of("no-site"));
    static final String EXIT_URL = "https://www.bbc.co.uk/weather";
    static final String SITE_URL = "https://www.example.org.uk";
    static final String MASSH_URL = "https://www.stockport.gov.uk/contacting-the-massh";
    static final String CHILDLINE_URL = "https://www.childline.org.uk";

    private static final String BODY =
            "<div class=\"sect1\"><h2 id=\"_what_to_do\">What to do</h2><div class=\"sectionbody\">"
                    + "<div class=\"paragraph\"><p>Phone the <abbr title=\"Multi-Agency Safeguarding and Support Hub\">MASSH</abbr>"
                    + " on <a href=\"tel:+441612176028\">0161 217 6028</a>.</p></div>"
                    + "<div class=\"haven-table-wrapper\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table class=\"tableblock\">"
                    + "<thead><tr><th>Measure</th><th>2023/24</th></tr></thead><tbody><tr><td>Reviews</td><td>40%</td></tr></tbody>"
                    + "</table></div></div></div>";

    private SampleModels() {}

    /** A page view to fill in: what a test does not set stays as a generated page has it. */
    static final class SamplePage {
        String title;
        String url;
        String summary;
        String typeLabel = "Page";
        String type;
        String date;
        String dateText;
        Integer level;
        String levelName;
        String reviewType;
        String subject;
        List<ThemeLink> themes = List.of();
        Integer year;
        String scope;
        String html = "";
        List<String> tags = List.of();
        String audience = "everyone";
        String lang = "en-GB";
        boolean draft;
        String owner;
        String reviewBy;
        List<LinkView> breadcrumbs = crumbs();
        String easyReadUrl;
        String standardUrl;
        String plan;
        String planUrl;
        String scopeLabel;
        String reviewTypeUrl;
        String yearUrl;
        String report;
        String briefing;
        String expires;
        TranslationsView translations;

        PageView view() {
            CardView card = new CardView(
                    title,
                    url,
                    summary,
                    typeLabel,
                    type,
                    date,
                    dateText,
                    level,
                    levelName,
                    reviewType,
                    subject,
                    themes,
                    year,
                    scope);
            return PageView.of(card, type)
                    .html(html)
                    .tags(tags)
                    .audience(audience)
                    .lang(lang)
                    .draft(draft)
                    .ownedBy(owner, reviewBy)
                    .breadcrumbs(breadcrumbs)
                    .versions(easyReadUrl, standardUrl)
                    .priority(plan, planUrl, scopeLabel)
                    .review(reviewTypeUrl, yearUrl, report, briefing)
                    .expires(expires)
                    .translations(translations)
                    .build();
        }
    }

    static SiteView site() {
        ContactView massh = new ContactView(
                "massh",
                "Multi-Agency Safeguarding and Support Hub (MASSH)",
                "everyone",
                "0161 217 6028",
                "tel:+441612176028",
                "Monday to Friday, office hours",
                MASSH_URL,
                null);
        ContactView police = new ContactView(
                "police",
                "Greater Manchester Police (non-emergency)",
                "public",
                "101",
                "tel:101",
                "Any time, day or night",
                null,
                null);
        ContactView childline = new ContactView(
                "childline",
                "Childline (for children and young people)",
                "public",
                "0800 1111",
                "tel:+448001111",
                "Any time, day or night",
                CHILDLINE_URL,
                null);
        ContactView nspcc = new ContactView(
                "whistleblowing",
                "NSPCC Whistleblowing Advice Line",
                "professional",
                "0800 028 0285",
                "tel:+448000280285",
                null,
                null,
                "help@nspcc.org.uk");
        return new SiteView(
                "Stockport Safeguarding Children Partnership",
                "SSCP",
                SITE_URL,
                "en-GB",
                "999",
                "tel:999",
                EXIT_URL,
                true,
                "2026-11-30",
                "30 November 2026",
                List.of(massh, police, childline, nspcc),
                List.of(massh, police, childline),
                List.of(massh, nspcc));
    }

    static List<NavigationLink> navigation(String currentUrl) {
        List<NavigationLink> nav = new ArrayList<>();
        String[][] items = {
            {"Report a concern", "/reporting/worried-about-a-child/"},
            {"Levels of need", "/levels-of-need/"},
            {"Case reviews", "/reviews/"},
            {"Business plan", "/plans/"},
            {"News", "/news/"}
        };
        for (String[] item : items) nav.add(new NavigationLink(item[0], item[1], item[1].equals(currentUrl), "en-GB"));
        return nav;
    }

    static List<LinkView> crumbs(String... titleUrl) {
        List<LinkView> list = new ArrayList<>();
        list.add(new LinkView("Home", "/", "en-GB"));
        for (int i = 0; i < titleUrl.length; i += 2) list.add(new LinkView(titleUrl[i], titleUrl[i + 1], "en-GB"));
        return list;
    }

    static CardView card(String title, String url, String typeLabel, String date, String dateText, String summary) {
        return new CardView(
                title, url, summary, typeLabel, "page", date, dateText, null, null, null, null, List.of(), null, null);
    }

    static CardView levelCard(int n, String name, String summary) {
        return new CardView(
                "Level " + n + ": " + name,
                "/levels/level-" + n + "/",
                summary,
                "Level " + n,
                "level",
                null,
                null,
                n,
                name,
                null,
                null,
                List.of(),
                null,
                null);
    }

    static PageView levelPage(int n, String name, String summary) {
        SamplePage p = new SamplePage();
        p.title = "Level " + n + ": " + name;
        p.url = "/levels/level-" + n + "/";
        p.summary = summary;
        p.typeLabel = "Level " + n;
        p.type = "level";
        p.level = n;
        p.levelName = name;
        p.html =
                "<div class=\"sect1\"><h3 id=\"_what\">What it means</h3><div class=\"paragraph\"><p>Children at level "
                        + n + " need " + name.toLowerCase() + ".</p></div></div>";
        return p.view();
    }

    static SamplePage contentPage(String type, String title, String url, String typeLabel) {
        SamplePage p = new SamplePage();
        p.title = title;
        p.url = url;
        p.summary = "How to tell someone if you think a child is being harmed.";
        p.typeLabel = typeLabel;
        p.type = type;
        p.date = "2024-04-01";
        p.dateText = "1 April 2024";
        p.tags = List.of("reporting", "public");
        p.audience = "public";
        p.owner = "Business unit";
        p.reviewBy = "2025-04-01";
        p.html = BODY;
        p.breadcrumbs = crumbs("Reporting", "/reporting/");
        return p;
    }

    static SamplePage generatedPage(String type, String title, String url) {
        SamplePage p = new SamplePage();
        p.title = title;
        p.url = url;
        p.type = type;
        p.summary = "A page made by the generator: " + title + ".";
        return p;
    }

    static List<FacetView> facet(String kind, String... names) {
        List<FacetView> list = new ArrayList<>();
        for (String name : names)
            list.add(new FacetView(
                    name, "/reviews/" + kind + "/" + name.toLowerCase().replace(' ', '-') + "/", 2));
        return list;
    }

    static CardView review(String subject, String type, String date, String dateText) {
        return new CardView(
                subject + ": case review",
                "/reviews/" + subject.toLowerCase().replace(' ', '-') + "/",
                "The learning from the review about " + subject + ".",
                "Review",
                "page",
                date,
                dateText,
                null,
                null,
                type,
                subject,
                List.of(new ThemeLink("Safe sleep", "/reviews/themes/safe-sleep/")),
                Integer.parseInt(date.substring(0, 4)),
                null);
    }

    private static Map<String, Object> model(SamplePage page, boolean preview) {
        return model(page, null, null, preview);
    }

    private static Map<String, Object> model(SamplePage page, String intro, Record extra, boolean preview) {
        return new TemplateModel(
                        page.view(),
                        site(),
                        navigation(page.url),
                        SiteUrls.FOR_TEMPLATES,
                        preview,
                        ThemeAssets.PATHS,
                        intro,
                        InterfaceText.of(LANGUAGES, page.view().lang(), "en-GB"),
                        extra)
                .variables();
    }

    /** A model for each template name. */
    static Map<String, Object> forTemplate(String name, boolean preview) {
        List<PageView> levels = List.of(
                levelPage(1, "Universal", "Needs met by everyday services."),
                levelPage(2, "Additional needs", "Extra help."),
                levelPage(3, "Complex needs", "Several services."),
                levelPage(4, "Acute needs", "Children at risk of significant harm."));
        CardView news = card(
                "New training dates", "/news/training-2026/", "News", "2026-11-01", "1 November 2026", "Book now.");
        ReviewsModel reviews = new ReviewsModel(
                null,
                null,
                List.of(
                        review("Child E", "CSPR", "2023-05-01", "1 May 2023"),
                        review("Baby M", "SCR", "2020-02-10", "10 February 2020")),
                facet("themes", "Safe sleep", "Information sharing"),
                facet("types", "CSPR", "SCR"),
                facet("years", "2023", "2020"));
        switch (name) {
            case "page":
                return model(contentPage("page", "About the partnership", "/about/", "Page"), preview);
            case "concern": {
                SamplePage p = contentPage(
                        "concern", "Worried about a child?", "/reporting/worried-about-a-child/", "Report a concern");
                p.easyReadUrl = "/reporting/worried-about-a-child/easy-read/";
                p.draft = true;
                p.translations = new TranslationsView(
                        "This page in other languages",
                        List.of(
                                new LanguageLink("English", "en-GB", "ltr", "/reporting/worried-about-a-child/", true),
                                new LanguageLink("Polski", "pl", "ltr", "/pl/worried-about-a-child/", false),
                                new LanguageLink("اردو", "ur", "rtl", "/ur/worried-about-a-child/", false)),
                        "/reporting/worried-about-a-child/",
                        "Help in other languages",
                        "/languages/");
                return model(p, preview);
            }
            case "level": {
                SamplePage p = contentPage("level", "Level 2: Additional needs", "/levels/level-2/", "Level 2");
                p.level = 2;
                p.levelName = "Additional needs";
                return model(p, preview);
            }
            case "priority": {
                SamplePage p = contentPage("priority", "Information sharing", "/plan/information-sharing/", "Priority");
                p.plan = "2023-2026";
                p.planUrl = "/plans/2023-2026/";
                p.scope = "joint";
                p.scopeLabel = "Children and adults";
                p.html =
                        "<div class=\"haven-targets\"><div class=\"haven-table-wrapper\" tabindex=\"0\" role=\"region\" aria-label=\"Targets\">"
                                + "<table class=\"tableblock targets\"><thead><tr><th>Measure</th><th>2022/23</th></tr></thead>"
                                + "<tbody><tr><td>Rapid reviews</td><td>67%</td></tr></tbody></table></div>"
                                + "<figure class=\"haven-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart-svg\" role=\"img\" viewBox=\"0 0 640 100\">"
                                + "<title>Targets</title><rect x=\"90\" y=\"10\" width=\"200\" height=\"22\" fill=\"#4c2c92\"></rect></svg></figure></div>";
                return model(p, preview);
            }
            case "review": {
                SamplePage p = contentPage("review", "Baby M: serious case review", "/reviews/baby-m/", "Review");
                p.reviewType = "SCR";
                p.reviewTypeUrl = "/reviews/types/scr/";
                p.subject = "Baby M";
                p.themes = List.of(
                        new ThemeLink("Safe sleep", "/reviews/themes/safe-sleep/"),
                        new ThemeLink("Information sharing", "/reviews/themes/information-sharing/"));
                p.year = 2020;
                p.yearUrl = "/reviews/years/2020/";
                p.report = "/files/baby-m.pdf";
                p.briefing = "/learning/safe-sleep-briefing/";
                return model(p, preview);
            }
            case "news": {
                SamplePage p = contentPage("news", "New training dates", "/news/training-2026/", "News");
                p.expires = "2026-12-31";
                return model(p, preview);
            }
            case "easy-read": {
                SamplePage p = contentPage(
                        "easy-read",
                        "Worried about a child?",
                        "/reporting/worried-about-a-child/easy-read/",
                        "Easy read");
                p.standardUrl = "/reporting/worried-about-a-child/";
                p.html =
                        "<div class=\"haven-easy-row\"><div class=\"haven-easy-picture\"><div class=\"imageblock\"><div class=\"content\">"
                                + "<img src=\"/images/easy/phone.svg\" alt=\"A telephone\"></div></div></div><div class=\"haven-easy-text\">"
                                + "<div class=\"paragraph\"><p>If you are worried about a child, phone 0161 217 6028.</p></div></div></div>";
                return model(p, preview);
            }
            case "home": {
                SamplePage p = generatedPage("home", "Keeping children in Stockport safe", "/");
                p.breadcrumbs = List.of();
                return model(
                        p,
                        "<div class=\"paragraph\"><p>Welcome to the partnership.</p></div>",
                        new HomeModel(
                                List.of(news),
                                List.of(
                                        levelCard(1, "Universal", "Needs met by everyday services."),
                                                levelCard(2, "Additional needs", "Extra help."),
                                        levelCard(3, "Complex needs", "Several services."),
                                                levelCard(4, "Acute needs", "Children at risk of significant harm.")),
                                List.of(card(
                                        "Worried about a child?",
                                        "/reporting/worried-about-a-child/",
                                        "Report a concern",
                                        null,
                                        null,
                                        "How to tell someone."))),
                        preview);
            }
            case "report-hub":
                return model(
                        generatedPage("report-hub", "Report a concern", "/reporting/"),
                        null,
                        new ReportHubModel(List.of(
                                card(
                                        "Worried about a child?",
                                        "/reporting/worried-about-a-child/",
                                        "Report a concern",
                                        null,
                                        null,
                                        "How to tell someone."),
                                card(
                                        "Reporting a concern: for professionals",
                                        "/reporting/professionals/",
                                        "Report a concern",
                                        null,
                                        null,
                                        "How to make a referral."))),
                        preview);
            case "levels":
                return model(
                        generatedPage("levels", "Levels of need", "/levels-of-need/"),
                        null,
                        new LevelsModel(levels),
                        preview);
            case "plans":
                return model(
                        generatedPage("plans", "Business plans", "/plans/"),
                        null,
                        new PlansModel(List.of(new PlanLink("2023-2026", "/plans/2023-2026/", 5))),
                        preview);
            case "plan": {
                CardView priority = card(
                        "Information sharing", "/plan/information-sharing/", "Priority", null, null, "Share well.");
                return model(
                        generatedPage("plan", "Business plan 2023-2026", "/plans/2023-2026/"),
                        null,
                        new PlanModel(
                                "2023-2026",
                                List.of(
                                        new ScopeView("joint", "Children and adults", List.of(priority)),
                                        new ScopeView("children", "Children", List.of(priority)),
                                        new ScopeView("adults", "Adults", List.of()))),
                        preview);
            }
            case "reviews":
                return model(generatedPage("reviews", "Case reviews", "/reviews/"), null, reviews, preview);
            case "reviews-group":
                return model(
                        generatedPage("reviews-group", "Case reviews about safe sleep", "/reviews/themes/safe-sleep/"),
                        null,
                        new ReviewsModel(
                                "Theme",
                                "Safe sleep",
                                reviews.reviews(),
                                reviews.themes(),
                                reviews.types(),
                                reviews.years()),
                        preview);
            case "news-list":
                return model(
                        generatedPage("news-list", "News", "/news/"), null, new NewsListModel(List.of(news)), preview);
            case "glossary":
                return model(
                        generatedPage("glossary", "Glossary", "/glossary/"),
                        null,
                        new GlossaryModel(List.of(
                                new TermView(
                                        "CSPR",
                                        "Child Safeguarding Practice Review",
                                        "A review of a serious incident involving a child.",
                                        "cspr"),
                                new TermView("MASSH", "Multi-Agency Safeguarding and Support Hub", null, "massh"))),
                        preview);
            case "a-z":
                return model(
                        generatedPage("a-z", "A to Z", "/a-z/"),
                        null,
                        new AToZModel(List.of(
                                new LetterView(
                                        "A", List.of(card("About us", "/about/", "Page", null, null, "Who we are."))),
                                new LetterView(
                                        "W",
                                        List.of(card(
                                                "Worried about a child?",
                                                "/reporting/worried-about-a-child/",
                                                "Report a concern",
                                                null,
                                                null,
                                                null))))),
                        preview);
            case "accessibility":
                return model(
                        generatedPage("accessibility", "Accessibility statement", "/accessibility/"),
                        null,
                        new AccessibilityModel(new AccessibilityView(
                                "WCAG 2.2 AA",
                                "partially",
                                List.of("Some older PDF reports may not work well with a screen reader."),
                                "lsb@example.org.uk",
                                "0161 217 6028",
                                "tel:+441612176028",
                                5,
                                "1 November 2026",
                                "20 November 2026")),
                        preview);
            case "staying-safe-online":
                return model(
                        generatedPage("staying-safe-online", "Staying safe online", "/staying-safe-online/"), preview);
            case "search":
                return model(generatedPage("search", "Search", "/search/"), null, new AToZModel(List.of()), preview);
            case "languages":
                return model(
                        generatedPage("languages", "Help in other languages", "/languages/"),
                        null,
                        new LanguagesModel(List.of(
                                new LanguageGroupView(
                                        "Polski",
                                        "pl",
                                        List.of(CardView.plain(
                                                "Martwisz się o dziecko?",
                                                "/pl/worried-about-a-child/",
                                                "Co zrobić, jeśli myślisz, że dziecko jest krzywdzone.",
                                                "Report a concern"))),
                                new LanguageGroupView(
                                        "اردو",
                                        "ur",
                                        List.of(CardView.plain(
                                                "کیا آپ کو کسی بچے کی فکر ہے؟",
                                                "/ur/worried-about-a-child/",
                                                null,
                                                "Report a concern"))))),
                        preview);
            case "404": {
                SamplePage p = generatedPage("404", "Page not found", "/404.html");
                p.breadcrumbs = List.of();
                return model(p, preview);
            }
            default:
                throw new IllegalArgumentException("No sample model for template " + name);
        }
    }
}
