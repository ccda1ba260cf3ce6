package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.haven.search.SiteSearchIndex;
import org.haven.support.BuiltSite;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page and its translations are linked both ways: a language switcher naming each language in
 * itself, hreflang links for search engines (in the page and in the sitemap), and a page of every
 * translation by language. A translation's breadcrumbs lead to the pages above it in its language
 * where they have one, and the glossary explains its terms only in its own language. A translation
 * that cannot be linked stops the build.
 */
class TranslatedPagesTest {
    @TempDir
    Path folder;

    static final String POLISH =
            """
            = Martwisz się o dziecko?
            :jbake-type: concern
            :jbake-status: published
            :lang: pl
            :translation-of: reporting/worried.adoc
            :summary: Jak powiedzieć komuś, że dziecko jest krzywdzone.
            :audience: public

            Zadzwoń pod numer {contact-front-door-phone}.
            """;

    static final String URDU =
            """
            = کیا آپ کو کسی بچے کی فکر ہے؟
            :jbake-type: concern
            :jbake-status: published
            :lang: ur
            :translation-of: reporting/worried.adoc
            :summary: اگر کسی بچے کو تکلیف دی جا رہی ہو تو کسی کو کیسے بتائیں۔
            :audience: public

            {contact-front-door-phone} پر فون کریں۔
            """;

    private SiteFolderFixture translated() {
        return SiteFolderFixture.minimal(folder.resolve("site"))
                .write("content/pl/worried.adoc", POLISH)
                .write("content/ur/worried.adoc", URDU);
    }

    private BuiltSite build(SiteFolderFixture site) {
        return BuiltSite.build(site.root(), folder.resolve("out"));
    }

    private HavenRun check(SiteFolderFixture site) {
        return HavenRun.of("check", "--source", site.root().toString());
    }

    @Test
    void eachLanguageOfAPageListsTheOthersInTheirOwnNamesAndSaysWhichItIs() {
        BuiltSite site = build(translated());
        for (String url : List.of("/reporting/worried/", "/pl/worried/", "/ur/worried/")) {
            Element switcher = site.page(url).selectFirst("main nav.haven-languages");
            assertEquals(
                    List.of("English", "Polski", "اردو"),
                    switcher.select("li").eachText(),
                    url + ": the languages, the page's own first, then by code");
            Element current = switcher.selectFirst("[aria-current=page]");
            assertEquals("span", current.normalName(), url + ": the page shown is named, not linked");
            for (Element link : switcher.select("li a")) {
                assertEquals(link.attr("lang"), link.attr("hreflang"), url + ": " + link.text());
                assertFalse(link.attr("lang").isEmpty(), url + ": " + link.text() + " says its language");
            }
        }
        Element polish = site.page("/reporting/worried/").selectFirst("main nav.haven-languages a[lang=pl]");
        assertEquals("/pl/worried/", polish.attr("href"));
    }

    @Test
    void aScreenReaderAnnouncesEachSwitcherInItsPagesLanguage() {
        BuiltSite site = build(translated());
        assertEquals(
                List.of("This page in other languages", "Ta strona w innych językach", "یہ صفحہ دوسری زبانوں میں"),
                Stream.of("/reporting/worried/", "/pl/worried/", "/ur/worried/")
                        .map(url -> site.page(url)
                                .selectFirst("nav.haven-languages")
                                .attr("aria-label"))
                        .toList());
    }

    @Test
    void theEnglishPageAndTheFooterLinkToHelpInOtherLanguages() {
        BuiltSite site = build(translated());
        assertEquals(
                "/languages/",
                site.page("/reporting/worried/")
                        .selectFirst("nav.haven-languages .haven-languages__help a")
                        .attr("href"));
        assertNull(site.page("/pl/worried/").selectFirst(".haven-languages__help"), "only the English page");
        assertEquals(
                "Help in other languages",
                site.page("/").selectFirst("footer a[href=/languages/]").text());
        Document languages = site.page("/languages/");
        assertEquals("Help in other languages", languages.selectFirst("h1").text());
        assertEquals(List.of("Polski", "اردو"), languages.select("main h2").eachText());
        Element urdu = languages.select("main section").get(1);
        assertEquals("ur", urdu.attr("lang"));
        assertEquals("/ur/worried/", urdu.selectFirst("a").attr("href"));
    }

    @Test
    void aSiteWithNoTranslationHasNoLanguagesPageAndNoSwitcher() {
        BuiltSite site = build(SiteFolderFixture.minimal(folder.resolve("site")));
        assertFalse(site.has("/languages/"));
        assertNull(site.page("/").selectFirst("footer a[href=/languages/]"));
        assertNull(site.page("/reporting/worried/").selectFirst("nav.haven-languages"));
        assertTrue(site.page("/reporting/worried/").select("link[hreflang]").isEmpty());
    }

    @Test
    void searchEnginesAreToldOfEveryLanguageInThePageAndInTheSitemap() {
        BuiltSite site = build(translated());
        List<String> expected = List.of(
                "en-GB https://test.example.org.uk/reporting/worried/",
                "pl https://test.example.org.uk/pl/worried/",
                "ur https://test.example.org.uk/ur/worried/",
                "x-default https://test.example.org.uk/reporting/worried/");
        for (String url : List.of("/reporting/worried/", "/pl/worried/", "/ur/worried/")) {
            assertEquals(
                    expected,
                    site.page(url).select("head link[rel=alternate][hreflang]").stream()
                            .map(l -> l.attr("hreflang") + " " + l.attr("href"))
                            .toList(),
                    url);
        }
        Document sitemap = Jsoup.parse(site.text("/sitemap.xml"), "", Parser.xmlParser());
        for (String url : List.of("/reporting/worried/", "/pl/worried/", "/ur/worried/")) {
            Element entry = sitemap.select("url").stream()
                    .filter(u -> u.selectFirst("loc").text().equals("https://test.example.org.uk" + url))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    expected,
                    entry.select("xhtml|link").stream()
                            .map(l -> l.attr("hreflang") + " " + l.attr("href"))
                            .toList(),
                    "sitemap " + url);
        }
        assertTrue(site.text("/sitemap.xml").contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    }

    @Test
    void aTranslationOfAPageThatDoesNotExistStopsTheBuildAndSuggestsTheOneMeant() {
        HavenRun run =
                check(translated().write("content/pl/worried.adoc", POLISH.replace("worried.adoc", "woried.adoc")));
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(
                run.all()
                        .contains(
                                "content/pl/worried.adoc:5: error: ':translation-of: reporting/woried.adoc' names a page that does not exist — did you mean 'reporting/worried.adoc'?"),
                run.all());
    }

    @Test
    void aTranslationThatDoesNotSayItsLanguageStopsTheBuild() {
        HavenRun run = check(translated().write("content/pl/worried.adoc", POLISH.replace(":lang: pl\n", "")));
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(
                run.all().contains("content/pl/worried.adoc:4: error: A translation must say which language it is in"),
                run.all());
    }

    @Test
    void twoTranslationsOfOnePageInOneLanguageStopTheBuild() {
        HavenRun run = check(translated().write("content/pl/worried-again.adoc", POLISH));
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(
                run.all()
                        .contains(
                                "content/pl/worried.adoc:4: error: content/pl/worried-again.adoc already translates content/reporting/worried.adoc into this language (pl)."),
                run.all());
    }

    @Test
    void pagesInOtherLanguagesGetNoEnglishReadingGradeButLongSentencesAreCountedInWords() {
        String longPolish =
                "Jeśli dziecko jest w niebezpieczeństwie, zadzwoń na policję, a jeśli nie jest, ale nadal się"
                        + " martwisz o jego bezpieczeństwo w domu lub w szkole, zadzwoń do zespołu, który zajmuje się obawami o dzieci w naszym mieście.";
        HavenRun run = check(
                translated()
                        .write("content/pl/worried.adoc", POLISH + "\n" + longPolish + "\n")
                        .write(
                                "content/ur/worried.easy.adoc",
                                """
                        = آسان الفاظ میں
                        :jbake-status: published

                        image::/images/easy/phone.svg[ایک فون]
                        اگر بچہ خطرے میں نہیں ہے لیکن آپ کو پھر بھی فکر ہے تو ہمیں فون کریں اور بتائیں کہ کیا ہوا۔ پولیس آئے گی۔
                        MASSH سے بات کریں۔
                        """)
                        .write(
                                "content/reporting/worried.easy.adoc",
                                """
                        = Worried? Easy read
                        :jbake-status: published

                        image::/images/easy/phone.svg[A phone]
                        Phone the MASSH.
                        """));
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.all().contains("reads at grade"), run.all());
        assertTrue(run.all().contains("content/pl/worried.adoc:11: warning: A sentence has 36 words"), run.all());
        assertTrue(
                run.all().contains("content/ur/worried.easy.adoc:5: warning: An easy-read sentence has 22 words"),
                run.all());
        assertFalse(
                run.all().contains("content/ur/worried.easy.adoc:6"),
                "the English glossary cannot explain an acronym in Urdu: " + run.all());
        assertTrue(
                run.all().contains("content/reporting/worried.easy.adoc:5: warning: The easy-read page uses 'MASSH'"),
                run.all());
    }

    @Test
    void theReportNamesAnEnglishPageAReviewCycleBehindItsTranslation() {
        SiteFolderFixture site = translated()
                .write(
                        "content/reporting/worried.adoc",
                        SiteFolderFixture.CONCERN.replace(
                                ":audience: public", ":audience: public\n:review-by: 2027-01-01"))
                .write(
                        "content/pl/worried.adoc",
                        POLISH.replace(":audience: public", ":audience: public\n:review-by: 2028-01-01"))
                .write(
                        "content/ur/worried.adoc",
                        URDU.replace(":audience: public", ":audience: public\n:review-by: 2027-12-31"));
        HavenRun run = HavenRun.of("report", "--source", site.root().toString());
        String report = run.out();
        assertTrue(
                report.contains("Older than their translation (1)")
                        && report.contains("  Worried about a child? (/reporting/worried/)\n"
                                + "    content/reporting/worried.adoc\n"
                                + "    was due for review on 1 January 2027, but its translation 'Martwisz się o\n"
                                + "      dziecko?' (pl) is to be reviewed by 1 January 2028"),
                report);
    }

    @Test
    void aPhoneNumberInAnUrduSentenceKeepsItsDigitsInOrder() {
        Element phone = build(translated()).page("/ur/worried/").selectFirst("main .haven-body a[href^=tel:]");
        assertEquals("01234 567890", phone.text());
        assertEquals("ltr", phone.attr("dir"), "read left to right, or shown as 567890 01234");
    }

    @Test
    void theEmergencyNumberIsOneToCallInAnyLanguage() {
        BuiltSite site = build(translated()
                .write(
                        "content/pl/worried.adoc",
                        POLISH + "\nJeśli dziecko jest w niebezpieczeństwie, dzwoń pod {emergency-phone}.\n"));
        assertEquals(
                "999",
                site.page("/pl/worried/")
                        .selectFirst("main .haven-body a[href=tel:999]")
                        .text(),
                "after 'dzwoń pod', which is not English for 'phone'");
    }

    /** The report hub's introduction in English and Polish, and the Polish and Urdu pages beside the English one. */
    private SiteFolderFixture translatedBesideTheirPages() {
        return SiteFolderFixture.minimal(folder.resolve("site"))
                .write(
                        "content/reporting/index.adoc",
                        """
                        = Report a concern
                        :jbake-type: page
                        :jbake-status: published
                        :summary: Who to tell if you are worried about a child.

                        Tell us if you are worried about a child.
                        """)
                .write(
                        "content/reporting/zglos.adoc",
                        """
                        = Zgłoś obawy
                        :jbake-type: page
                        :jbake-status: published
                        :lang: pl
                        :translation-of: reporting/index.adoc
                        :summary: Komu powiedzieć, jeśli martwisz się o dziecko.

                        Powiedz nam, jeśli martwisz się o dziecko.
                        """)
                .write("content/reporting/martwisz-sie.adoc", POLISH)
                .write("content/reporting/fikr.adoc", URDU);
    }

    private static List<String> crumbs(Document page) {
        return page.select("nav.haven-breadcrumbs a").stream()
                .map(a -> a.text() + " " + a.attr("href") + " "
                        + (a.selectFirst("[lang]") == null
                                ? "in the page's language"
                                : a.selectFirst("[lang]").attr("lang")))
                .toList();
    }

    @Test
    void aTranslationsBreadcrumbLeadsToThePageAboveItInItsLanguage() {
        BuiltSite site = build(translatedBesideTheirPages());
        assertEquals(
                List.of(
                        "Strona główna / in the page's language",
                        "Zgłoś obawy /reporting/zglos/ in the page's language"),
                crumbs(site.page("/reporting/martwisz-sie/")));
        assertEquals(
                List.of("Home / in the page's language", "Report a concern /reporting/ in the page's language"),
                crumbs(site.page("/reporting/worried/")),
                "the English page keeps the English hub");
    }

    @Test
    void aPageAboveWithNoTranslationInThePagesLanguageKeepsItsTitleMarkedWithItsLanguage() {
        BuiltSite site = build(translatedBesideTheirPages());
        List<String> urdu = crumbs(site.page("/reporting/fikr/"));
        assertEquals("Report a concern /reporting/ en-GB", urdu.get(1), urdu.toString());
    }

    @Test
    void aTranslationOfThePageAboveHasNoCrumbLeadingToItself() {
        BuiltSite site = build(translatedBesideTheirPages());
        assertEquals(List.of("Strona główna / in the page's language"), crumbs(site.page("/reporting/zglos/")));
    }

    @Test
    void theGlossaryExplainsItsTermsOnlyOnPagesInItsLanguage() {
        String massh = "\nThe MASSH reads what you tell us.\n";
        BuiltSite site = build(translated()
                .write(
                        "data/glossary.yaml",
                        """
                        - term: MASSH
                          meaning: Multi-Agency Safeguarding and Support Hub
                        """)
                .write("content/reporting/worried.adoc", SiteFolderFixture.CONCERN + massh)
                .write("content/pl/worried.adoc", POLISH + "\nZadzwoń do MASSH.\n"));
        assertEquals(
                "Multi-Agency Safeguarding and Support Hub",
                site.page("/reporting/worried/").selectFirst("main abbr").attr("title"));
        Document polish = site.page("/pl/worried/");
        assertTrue(
                polish.selectFirst("main").text().contains("Zadzwoń do MASSH."),
                polish.select("main").text());
        assertNull(polish.selectFirst("main abbr"), "no English explanation on a Polish page");
    }

    @Test
    void searchingForALanguageByItsEnglishNameFindsHelpInOtherLanguages() {
        BuiltSite site = build(translated());
        SiteSearchIndex index =
                SiteSearchIndex.load(site.text("/search/index.json").getBytes(StandardCharsets.UTF_8));
        for (String query : List.of("urdu", "Polish", "other languages"))
            assertEquals("/languages/", index.search(query, 1).get(0).url(), query);
    }
}
