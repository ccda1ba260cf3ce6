package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.haven.support.BuiltSite;
import org.haven.support.MixedUpTranslations;
import org.haven.support.SearchInEachLanguage;
import org.haven.support.SearchInEachLanguage.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium running lunr.js on the index the riverside build wrote, a worried parent searching in
 * Welsh, Romanian or Arabic finds the page in that language first, and one searching in English the
 * English page (the rows of src/test/resources/search/each-language.txt for those languages); on a
 * copy of the site whose translations hold each other's words, every one of those searches fails.
 */
class SearchInEachLanguageInTheBrowserTest {
    private static final String SITE = "riverside";
    private static final Set<String> LANGUAGES = Set.of("cy", "ro", "ar");

    @RegisterExtension
    static final Chromium chromium = Chromium.withJavaScript();

    private static StaticSiteServer mixedUp;

    @AfterAll
    static void stop() {
        if (mixedUp != null) mixedUp.close();
    }

    @TestFactory
    Stream<DynamicTest> aSearchInEachLanguageFindsThatLanguagesPageFirst() {
        StaticSiteServer server = BrowserSites.get(SITE).server();
        return rows(true).stream()
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
                    List<String> found = SearchPage.resultsFor(chromium, server, row.query());
                    assertTrue(row.metBy(found), "found " + found);
                }));
    }

    @Test
    void withTheTranslationsMixedUpEverySearchInThoseLanguagesFails() {
        List<Row> rows = rows(false);
        List<String> failed =
                SearchInEachLanguage.failures(rows, query -> SearchPage.resultsFor(chromium, mixedUp(), query));
        assertEquals(rows.size(), failed.size(), "only these fail: " + failed);
    }

    /** The table's rows on this site in the languages tried here, and the English ones too if {@code withEnglish}. */
    private static List<Row> rows(boolean withEnglish) {
        return SearchInEachLanguage.onSite(SITE).stream()
                .filter(row -> LANGUAGES.contains(row.language()) || withEnglish && row.isEnglish())
                .toList();
    }

    private static synchronized StaticSiteServer mixedUp() {
        if (mixedUp == null) {
            Path copy = Path.of("target", "browser-sites", SITE + "-mixed-up").toAbsolutePath();
            BrowserSites.deleteTree(copy);
            Path source = MixedUpTranslations.of(BrowserSites.source(SITE), copy.resolve("source"));
            mixedUp = StaticSiteServer.serve(
                    BuiltSite.build(source, copy.resolve("site")).folder());
        }
        return mixedUp;
    }
}
