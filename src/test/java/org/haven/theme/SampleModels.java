package org.haven.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic models for every template, built as docs/templates.md describes them. */
final class SampleModels {
    static final String EXIT_URL = "https://www.bbc.co.uk/weather";
    static final String SITE_URL = "https://www.example.org.uk";
    static final String MASSH_URL = "https://www.stockport.gov.uk/contacting-the-massh";
    static final String CHILDLINE_URL = "https://www.childline.org.uk";

    private SampleModels() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    static Map<String, Object> contact(String id, String name, String audience, String phone, String href,
                                       String hours, String url, String email) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", id);
        c.put("name", name);
        c.put("audience", audience);
        c.put("phone", phone);
        c.put("phoneHref", href);
        c.put("hours", hours);
        c.put("url", url);
        c.put("email", email);
        return c;
    }

    static Map<String, Object> site() {
        Map<String, Object> massh = contact("massh", "Multi-Agency Safeguarding and Support Hub (MASSH)", "everyone",
                "0161 217 6028", "tel:+441612176028", "Monday to Friday, office hours", MASSH_URL, null);
        Map<String, Object> police = contact("police", "Greater Manchester Police (non-emergency)", "public",
                "101", "tel:101", "Any time, day or night", null, null);
        Map<String, Object> childline = contact("childline", "Childline (for children and young people)", "public",
                "0800 1111", "tel:+448001111", "Any time, day or night", CHILDLINE_URL, null);
        Map<String, Object> nspcc = contact("whistleblowing", "NSPCC Whistleblowing Advice Line", "professional",
                "0800 028 0285", "tel:+448000280285", null, null, "help@nspcc.org.uk");
        return map("name", "Stockport Safeguarding Children Partnership", "shortName", "SSCP",
                "url", SITE_URL, "language", "en-GB", "emergencyPhone", "999", "emergencyPhoneHref", "tel:999",
                "exitUrl", EXIT_URL,
                "contacts", List.of(massh, police, childline, nspcc),
                "publicContacts", List.of(massh, police, childline),
                "professionalContacts", List.of(massh, nspcc));
    }

    static List<Map<String, Object>> navigation(String currentUrl) {
        List<Map<String, Object>> nav = new ArrayList<>();
        String[][] items = {{"Report a concern", "/reporting/worried-about-a-child/"}, {"Levels of need", "/levels-of-need/"},
                {"Case reviews", "/reviews/"}, {"Business plan", "/plans/"}, {"News", "/news/"}};
        for (String[] item : items) nav.add(map("title", item[0], "url", item[1], "current", item[1].equals(currentUrl)));
        return nav;
    }

    static Map<String, Object> assets() {
        return ThemeAssets.PATHS.asMap();
    }

    static List<Map<String, Object>> crumbs(String... titleUrl) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(map("title", "Home", "url", "/"));
        for (int i = 0; i < titleUrl.length; i += 2) list.add(map("title", titleUrl[i], "url", titleUrl[i + 1]));
        return list;
    }

    static Map<String, Object> card(String title, String url, String typeLabel, String date, String dateText, String summary) {
        return map("title", title, "url", url, "summary", summary, "typeLabel", typeLabel, "type", "page",
                "date", date, "dateText", dateText, "themes", List.of());
    }

    static Map<String, Object> level(int n, String name, String summary) {
        Map<String, Object> c = card("Level " + n + ": " + name, "/levels/level-" + n + "/", "Level " + n, null, null, summary);
        c.put("level", n);
        c.put("levelName", name);
        c.put("html", "<div class=\"sect1\"><h3 id=\"_what\">What it means</h3><div class=\"paragraph\"><p>Children at level "
                + n + " need " + name.toLowerCase() + ".</p></div></div>");
        return c;
    }

    static Map<String, Object> contentPage(String type, String title, String url, String typeLabel) {
        Map<String, Object> page = card(title, url, typeLabel, "2024-04-01", "1 April 2024",
                "How to tell someone if you think a child is being harmed.");
        page.put("type", type);
        page.put("tags", List.of("reporting", "public"));
        page.put("audience", "public");
        page.put("lang", "en-GB");
        page.put("draft", false);
        page.put("owner", "Business unit");
        page.put("reviewBy", "2025-04-01");
        page.put("html", "<div class=\"sect1\"><h2 id=\"_what_to_do\">What to do</h2><div class=\"sectionbody\">"
                + "<div class=\"paragraph\"><p>Phone the <abbr title=\"Multi-Agency Safeguarding and Support Hub\">MASSH</abbr>"
                + " on <a href=\"tel:+441612176028\">0161 217 6028</a>.</p></div>"
                + "<div class=\"haven-table-wrapper\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table class=\"tableblock\">"
                + "<thead><tr><th>Measure</th><th>2023/24</th></tr></thead><tbody><tr><td>Reviews</td><td>40%</td></tr></tbody>"
                + "</table></div></div></div>");
        page.put("breadcrumbs", crumbs("Reporting", "/reporting/"));
        page.put("easyReadUrl", null);
        page.put("standardUrl", null);
        page.put("expires", null);
        return page;
    }

    static Map<String, Object> generatedPage(String type, String title, String url) {
        return map("title", title, "url", url, "type", type, "typeLabel", "Page",
                "summary", "A page made by the generator: " + title + ".", "tags", List.of(), "themes", List.of(),
                "audience", "everyone", "lang", "en-GB", "draft", false, "html", "", "breadcrumbs", crumbs());
    }

    static Map<String, Object> base(Map<String, Object> page, boolean preview) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site());
        model.put("navigation", navigation((String) page.get("url")));
        model.put("page", page);
        model.put("preview", preview);
        model.put("assets", assets());
        return model;
    }

    static List<Map<String, Object>> facet(String kind, String... names) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : names) list.add(map("name", name, "url", "/reviews/" + kind + "/" + name.toLowerCase().replace(' ', '-') + "/", "count", 2));
        return list;
    }

    static Map<String, Object> review(String subject, String type, String date, String dateText) {
        Map<String, Object> c = card(subject + ": case review", "/reviews/" + subject.toLowerCase().replace(' ', '-') + "/",
                "Review", date, dateText, "The learning from the review about " + subject + ".");
        c.put("reviewType", type);
        c.put("subject", subject);
        c.put("themes", List.of(map("name", "Safe sleep", "url", "/reviews/themes/safe-sleep/")));
        c.put("year", Integer.parseInt(date.substring(0, 4)));
        return c;
    }

    /** A model for each template name. */
    static Map<String, Object> forTemplate(String name, boolean preview) {
        switch (name) {
            case "page":
                return base(contentPage("page", "About the partnership", "/about/", "Page"), preview);
            case "concern": {
                Map<String, Object> p = contentPage("concern", "Worried about a child?", "/reporting/worried-about-a-child/", "Report a concern");
                p.put("easyReadUrl", "/reporting/worried-about-a-child/easy-read/");
                p.put("draft", true);
                return base(p, preview);
            }
            case "level": {
                Map<String, Object> p = contentPage("level", "Level 2: Additional needs", "/levels/level-2/", "Level 2");
                p.put("level", 2);
                p.put("levelName", "Additional needs");
                return base(p, preview);
            }
            case "priority": {
                Map<String, Object> p = contentPage("priority", "Information sharing", "/plan/information-sharing/", "Priority");
                p.put("plan", "2023-2026");
                p.put("planUrl", "/plans/2023-2026/");
                p.put("scope", "joint");
                p.put("scopeLabel", "Children and adults");
                p.put("html", "<div class=\"haven-targets\"><div class=\"haven-table-wrapper\" tabindex=\"0\" role=\"region\" aria-label=\"Targets\">"
                        + "<table class=\"tableblock targets\"><thead><tr><th>Measure</th><th>2022/23</th></tr></thead>"
                        + "<tbody><tr><td>Rapid reviews</td><td>67%</td></tr></tbody></table></div>"
                        + "<figure class=\"haven-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart-svg\" role=\"img\" viewBox=\"0 0 640 100\">"
                        + "<title>Targets</title><rect x=\"90\" y=\"10\" width=\"200\" height=\"22\" fill=\"#4c2c92\"></rect></svg></figure></div>");
                return base(p, preview);
            }
            case "review": {
                Map<String, Object> p = contentPage("review", "Baby M: serious case review", "/reviews/baby-m/", "Review");
                p.put("reviewType", "SCR");
                p.put("reviewTypeUrl", "/reviews/types/scr/");
                p.put("subject", "Baby M");
                p.put("themes", List.of(map("name", "Safe sleep", "url", "/reviews/themes/safe-sleep/"),
                        map("name", "Information sharing", "url", "/reviews/themes/information-sharing/")));
                p.put("year", 2020);
                p.put("yearUrl", "/reviews/years/2020/");
                p.put("report", "/files/baby-m.pdf");
                p.put("briefing", "/learning/safe-sleep-briefing/");
                return base(p, preview);
            }
            case "news": {
                Map<String, Object> p = contentPage("news", "New training dates", "/news/training-2026/", "News");
                p.put("expires", "2026-12-31");
                return base(p, preview);
            }
            case "easy-read": {
                Map<String, Object> p = contentPage("easy-read", "Worried about a child?", "/reporting/worried-about-a-child/easy-read/", "Easy read");
                p.put("standardUrl", "/reporting/worried-about-a-child/");
                p.put("html", "<div class=\"haven-easy-row\"><div class=\"haven-easy-picture\"><div class=\"imageblock\"><div class=\"content\">"
                        + "<img src=\"/images/easy/phone.svg\" alt=\"A telephone\"></div></div></div><div class=\"haven-easy-text\">"
                        + "<div class=\"paragraph\"><p>If you are worried about a child, phone 0161 217 6028.</p></div></div></div>");
                return base(p, preview);
            }
            case "home": {
                Map<String, Object> m = base(generatedPage("home", "Keeping children in Stockport safe", "/"), preview);
                ((Map<String, Object>) m.get("page")).put("breadcrumbs", List.of());
                m.put("intro", "<div class=\"paragraph\"><p>Welcome to the partnership.</p></div>");
                m.put("latestNews", List.of(card("New training dates", "/news/training-2026/", "News", "2026-11-01", "1 November 2026", "Book now.")));
                m.put("levels", List.of(level(1, "Universal", "Needs met by everyday services."), level(2, "Additional needs", "Extra help."),
                        level(3, "Complex needs", "Several services."), level(4, "Acute needs", "Children at risk of significant harm.")));
                m.put("concernPages", List.of(card("Worried about a child?", "/reporting/worried-about-a-child/", "Report a concern", null, null, "How to tell someone.")));
                return m;
            }
            case "levels": {
                Map<String, Object> m = base(generatedPage("levels", "Levels of need", "/levels-of-need/"), preview);
                m.put("levels", List.of(level(1, "Universal", "Needs met by everyday services."), level(2, "Additional needs", "Extra help."),
                        level(3, "Complex needs", "Several services."), level(4, "Acute needs", "Children at risk of significant harm.")));
                return m;
            }
            case "plans": {
                Map<String, Object> m = base(generatedPage("plans", "Business plans", "/plans/"), preview);
                m.put("plans", List.of(map("plan", "2023-2026", "url", "/plans/2023-2026/", "count", 5)));
                return m;
            }
            case "plan": {
                Map<String, Object> m = base(generatedPage("plan", "Business plan 2023-2026", "/plans/2023-2026/"), preview);
                m.put("plan", "2023-2026");
                Map<String, Object> pr = card("Information sharing", "/plan/information-sharing/", "Priority", null, null, "Share well.");
                m.put("scopes", List.of(map("scope", "joint", "label", "Children and adults", "priorities", List.of(pr)),
                        map("scope", "children", "label", "Children", "priorities", List.of(pr)),
                        map("scope", "adults", "label", "Adults", "priorities", List.of())));
                return m;
            }
            case "reviews": {
                Map<String, Object> m = base(generatedPage("reviews", "Case reviews", "/reviews/"), preview);
                m.put("reviews", List.of(review("Child E", "CSPR", "2023-05-01", "1 May 2023"), review("Baby M", "SCR", "2020-02-10", "10 February 2020")));
                m.put("themes", facet("themes", "Safe sleep", "Information sharing"));
                m.put("types", facet("types", "CSPR", "SCR"));
                m.put("years", facet("years", "2023", "2020"));
                return m;
            }
            case "reviews-group": {
                Map<String, Object> m = forTemplate("reviews", preview);
                m.put("page", generatedPage("reviews-group", "Case reviews about safe sleep", "/reviews/themes/safe-sleep/"));
                m.put("groupKind", "Theme");
                m.put("groupName", "Safe sleep");
                return m;
            }
            case "news-list": {
                Map<String, Object> m = base(generatedPage("news-list", "News", "/news/"), preview);
                m.put("news", List.of(card("New training dates", "/news/training-2026/", "News", "2026-11-01", "1 November 2026", "Book now.")));
                return m;
            }
            case "glossary": {
                Map<String, Object> m = base(generatedPage("glossary", "Glossary", "/glossary/"), preview);
                m.put("terms", List.of(map("term", "CSPR", "meaning", "Child Safeguarding Practice Review",
                        "definition", "A review of a serious incident involving a child.", "anchor", "cspr"),
                        map("term", "MASSH", "meaning", "Multi-Agency Safeguarding and Support Hub", "definition", null, "anchor", "massh")));
                return m;
            }
            case "a-z": {
                Map<String, Object> m = base(generatedPage("a-z", "A to Z", "/a-z/"), preview);
                m.put("letters", List.of(map("letter", "A", "pages", List.of(card("About us", "/about/", "Page", null, null, "Who we are."))),
                        map("letter", "W", "pages", List.of(card("Worried about a child?", "/reporting/worried-about-a-child/", "Report a concern", null, null, null)))));
                return m;
            }
            case "accessibility": {
                Map<String, Object> m = base(generatedPage("accessibility", "Accessibility statement", "/accessibility/"), preview);
                m.put("accessibility", map("standard", "WCAG 2.2 AA", "compliance", "partially",
                        "knownIssues", List.of("Some older PDF reports may not work well with a screen reader."),
                        "reportEmail", "lsb@example.org.uk", "reportPhone", "0161 217 6028", "reportPhoneHref", "tel:+441612176028",
                        "responseDays", 5, "preparedOn", "1 November 2026", "reviewedOn", "20 November 2026"));
                return m;
            }
            case "staying-safe-online":
                return base(generatedPage("staying-safe-online", "Staying safe online", "/staying-safe-online/"), preview);
            case "search":
                return base(generatedPage("search", "Search", "/search/"), preview);
            case "404": {
                Map<String, Object> p = generatedPage("404", "Page not found", "/404.html");
                p.put("breadcrumbs", List.of());
                return base(p, preview);
            }
            default:
                throw new IllegalArgumentException("No sample model for template " + name);
        }
    }
}
