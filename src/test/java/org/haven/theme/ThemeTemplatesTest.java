package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.haven.hosting.SecurityHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ThemeTemplatesTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final Set<String> ALLOWED_HOSTS = Set.of(
            host(SampleModels.EXIT_URL),
            host(SampleModels.SITE_URL),
            host(SampleModels.MASSH_URL),
            host(SampleModels.CHILDLINE_URL));

    @TempDir
    Path site;

    static Stream<String> pageTemplates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".peb") && !n.equals("layout.peb"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyTemplateInTheContractExists() {
        for (String name : List.of(
                "layout",
                "page",
                "concern",
                "level",
                "priority",
                "review",
                "news",
                "easy-read",
                "home",
                "report-hub",
                "levels",
                "plans",
                "plan",
                "reviews",
                "reviews-group",
                "news-list",
                "glossary",
                "a-z",
                "accessibility",
                "staying-safe-online",
                "search",
                "404")) {
            assertTrue(Files.isRegularFile(TEMPLATES.resolve(name + ".peb")), name + ".peb is missing");
        }
    }

    @ParameterizedTest
    @MethodSource("pageTemplates")
    void rendersAccessibleSafePage(String name) {
        Theme theme = Theme.load(site);
        String html = theme.render(name, SampleModels.forTemplate(name, false));
        Document doc = Jsoup.parse(html);

        assertEquals(1, doc.select("h1").size(), name + ": exactly one h1");
        assertEquals("en-GB", doc.select("html").attr("lang"), name + ": lang on <html>");

        Element first = doc.select("a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])")
                .first();
        assertNotNull(first, name);
        assertTrue(
                first.hasClass("govuk-skip-link") && first.attr("href").equals("#main-content"),
                name + ": skip link must be the first focusable element, was " + first);
        Element main = doc.selectFirst("main#main-content");
        assertNotNull(main, name + ": <main id=main-content>");
        assertEquals("-1", main.attr("tabindex"));

        Element leave = doc.selectFirst("a.haven-leave");
        assertNotNull(leave, name + ": leave-this-site link");
        assertEquals(SampleModels.EXIT_URL, leave.attr("href"));
        assertEquals(SampleModels.EXIT_URL, leave.attr("data-exit-url"));
        assertEquals("Leave this site", leave.text());

        assertFalse(doc.select("a[href=tel:999]").isEmpty(), name + ": emergency tel: link");
        for (String tel : List.of("tel:+441612176028", "tel:101", "tel:+448001111")) {
            assertFalse(
                    doc.select("aside.haven-help a[href=" + tel + "]").isEmpty(),
                    name + ": public contact " + tel + " in the help panel");
        }
        assertTrue(
                doc.select("aside.haven-help a[href=tel:+448000280285]").isEmpty(),
                name + ": professional-only contact not in the public panel");

        Element search = doc.selectFirst("form[action=/search/][method=get]");
        assertNotNull(search, name + ": header search form");
        assertFalse(search.select("input[name=q]").isEmpty());
        String inputId = search.selectFirst("input[name=q]").id();
        assertFalse(doc.select("label[for=" + inputId + "]").isEmpty(), name + ": search box has a label");
        assertFalse(search.select("button[type=submit]").isEmpty());

        for (Element script : doc.select("script")) {
            assertTrue(script.hasAttr("src"), name + ": script without src");
            assertTrue(script.data().isBlank(), name + ": inline script content");
        }
        assertTrue(doc.select("[style]").isEmpty(), name + ": style attribute");
        assertTrue(doc.select("style").isEmpty(), name + ": <style> element");
        assertTrue(doc.select("script[src*=lunr]").isEmpty(), name + ": lunr must not be loaded eagerly");
        assertTrue(doc.select("script[src=/_haven/reload.js]").isEmpty(), name + ": no reload script outside preview");

        for (Element el : doc.select("[href], [src], [action], [data-exit-url]")) {
            for (String attr : List.of("href", "src", "action")) {
                String url = el.attr(attr);
                if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
                    assertTrue(ALLOWED_HOSTS.contains(host(url)), name + ": link to another host: " + url);
                }
            }
        }

        Elements metas = doc.select("meta[http-equiv=Content-Security-Policy]");
        assertEquals(1, metas.size());
        assertEquals(SecurityHeaders.PAGE_POLICY, metas.attr("content"));
        assertEquals("no-referrer", doc.select("meta[name=referrer]").attr("content"));
        assertFalse(doc.select("meta[name=viewport]").isEmpty());
        assertFalse(doc.select("meta[name=description]").attr("content").isEmpty(), name + ": meta description");
        assertTrue(doc.select("link[rel=canonical]").attr("href").startsWith(SampleModels.SITE_URL + "/"));
        assertFalse(doc.select("link[rel=alternate][href=/feed.xml]").isEmpty());

        List<String> css = doc.select("link[rel=stylesheet]").eachAttr("href");
        assertEquals(List.of("/theme/govuk-frontend.css", "/theme/css/haven.css", "/theme/css/print.css"), css);
        assertEquals("print", doc.select("link[href=/theme/css/print.css]").attr("media"));
        assertTrue(doc.select("script[src=/theme/js/haven.js]").hasAttr("defer"));

        for (String footer : List.of("/accessibility/", "/glossary/", "/a-z/", "/staying-safe-online/")) {
            assertFalse(doc.select("footer a[href=" + footer + "]").isEmpty(), name + ": footer link to " + footer);
        }
        assertTrue(doc.select("footer").text().contains("Stockport Safeguarding Children Partnership"));
        assertTrue(doc.select("header").text().contains("Stockport Safeguarding Children Partnership"));
    }

    @Test
    void previewAddsReloadScriptAndDraftBanner() {
        Theme theme = Theme.load(site);
        Document doc = Jsoup.parse(theme.render("concern", SampleModels.forTemplate("concern", true)));
        assertEquals(1, doc.select("script[src=/_haven/reload.js][defer]").size());
        assertTrue(doc.select(".haven-draft").text().contains("Draft"));
        Document published = Jsoup.parse(theme.render("concern", SampleModels.forTemplate("concern", false)));
        assertTrue(published.select(".haven-draft").isEmpty());
    }

    @Test
    void concernPageGivesContactsFirstPlace() {
        Document doc = Jsoup.parse(Theme.load(site).render("concern", SampleModels.forTemplate("concern", false)));
        Element main = doc.selectFirst("main");
        Element contacts = main.selectFirst(".haven-contacts");
        assertNotNull(contacts);
        Element body = main.selectFirst(".haven-body");
        assertTrue(contacts.siblingIndex() < body.siblingIndex(), "contacts come before the page's text");
        assertFalse(contacts.select("a[href=tel:999]").isEmpty());
    }

    @Test
    void easyReadLinksBothWays() {
        Theme theme = Theme.load(site);
        Document standard = Jsoup.parse(theme.render("concern", SampleModels.forTemplate("concern", false)));
        assertFalse(standard.select("a[href=/reporting/worried-about-a-child/easy-read/]")
                .isEmpty());
        Document easy = Jsoup.parse(theme.render("easy-read", SampleModels.forTemplate("easy-read", false)));
        assertFalse(
                easy.select("main a[href=/reporting/worried-about-a-child/]").isEmpty());
    }

    @Test
    void searchPageWorksWithoutJavaScript() {
        Document doc = Jsoup.parse(Theme.load(site).render("search", SampleModels.forTemplate("search", false)));
        Element azLink = doc.selectFirst("main a[href=/a-z/]");
        assertNotNull(azLink);
        assertTrue(azLink.text().toLowerCase().contains("browse all pages from a to z"));
        assertFalse(doc.select("main [aria-live=polite]").isEmpty());
    }

    @Test
    void levelsAreInOrder() {
        Document doc = Jsoup.parse(Theme.load(site).render("levels", SampleModels.forTemplate("levels", false)));
        List<String> titles = doc.select(".haven-levels__title").eachText();
        assertEquals(
                List.of(
                        "Level 1: Universal",
                        "Level 2: Additional needs",
                        "Level 3: Complex needs",
                        "Level 4: Acute needs"),
                titles);
    }

    @Test
    void accessibilityStatementHasEnforcementProcedure() {
        String text = Jsoup.parse(
                        Theme.load(site).render("accessibility", SampleModels.forTemplate("accessibility", false)))
                .text();
        assertTrue(text.contains("WCAG 2.2 AA"));
        assertTrue(text.contains("Equality and Human Rights Commission (EHRC)"));
        assertTrue(text.contains(
                "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018"));
        assertTrue(text.contains("Equality Advisory and Support Service (EASS)"));
        assertTrue(text.contains("5 working days"));
        assertTrue(text.contains("lsb@example.org.uk"));
    }

    @Test
    void siteOverrideWins() throws IOException {
        Files.createDirectories(site.resolve("templates/partials"));
        Files.writeString(
                site.resolve("templates/partials/footer.peb"),
                "<footer><p>Our own footer for {{ site.name }}</p></footer>");
        Files.writeString(
                site.resolve("templates/news.peb"),
                "{% extends \"layout\" %}{% block content %}<p class=\"own-news\">Own</p>{% endblock %}");
        Theme theme = Theme.load(site);
        Document doc = Jsoup.parse(theme.render("news", SampleModels.forTemplate("news", false)));
        assertEquals("Own", doc.select("p.own-news").text());
        assertTrue(doc.select("footer").text().startsWith("Our own footer for Stockport"));
        assertFalse(doc.select("a.haven-leave").isEmpty(), "the default layout is still used");
        assertTrue(theme.isOverridden("news"));
        assertFalse(theme.isOverridden("page"));
    }

    @Test
    void brokenOverrideIsExplainedWithFileAndLine() throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(
                site.resolve("templates/page.peb"),
                "{% extends \"layout\" %}\n{% block content %}\n<p>{{ page.title }</p>\n{% endblock %}\n");
        ThemeException e = assertThrows(
                ThemeException.class, () -> Theme.load(site).render("page", SampleModels.forTemplate("page", false)));
        assertTrue(e.getMessage().contains("templates/page.peb"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals("templates/page.peb", e.templateFile());
        assertEquals(0, e.getStackTrace().length, "no stack trace for a site's own mistake");
    }

    @Test
    void unclosedBlockInOverrideIsExplained() throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(
                site.resolve("templates/news.peb"),
                "{% extends \"layout\" %}\n{% block content %}\n{% if page.title %}\n<p>x</p>\n{% endblock %}\n");
        ThemeException e = assertThrows(
                ThemeException.class, () -> Theme.load(site).render("news", SampleModels.forTemplate("news", false)));
        assertTrue(e.getMessage().startsWith("Template templates/news.peb, line "), e.getMessage());
    }

    @Test
    void rendersFromSeveralThreads() throws Exception {
        Theme theme = Theme.load(site);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> names = pageTemplates().toList();
            for (int i = 0; i < 80; i++) {
                String name = names.get(i % names.size());
                results.add(pool.submit(() -> theme.render(name, SampleModels.forTemplate(name, false))));
            }
            for (Future<String> r : results) assertTrue(r.get().contains("Leave this site"));
        } finally {
            pool.shutdown();
        }
    }

    private static String host(String url) {
        String u = url.startsWith("//") ? "https:" + url : url;
        return URI.create(u).getHost();
    }
}
