package org.haven.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.haven.support.BuiltSite;
import org.haven.support.MixedUpTranslations;
import org.haven.support.SearchInEachLanguage;
import org.haven.support.SearchInEachLanguage.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worried parent searching in their own language finds the page in that language first, and one
 * searching in English still finds the English page first: each row of
 * src/test/resources/search/each-language.txt, through Haven's own search on the index each site's
 * build wrote. On a copy of each site whose translations hold each other's words, every row in
 * another language fails, and the English rows still pass.
 */
class SearchInEachLanguageTest {
    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> theExampleSiteFindsEachLanguagesPageFirst() {
        return rowsOn("example");
    }

    @TestFactory
    Stream<DynamicTest> theRiversideSiteFindsEachLanguagesPageFirst() {
        return rowsOn("riverside");
    }

    private static Stream<DynamicTest> rowsOn(String site) {
        List<Row> rows = SearchInEachLanguage.onSite(site);
        SiteSearchIndex index = indexOf(SearchInEachLanguage.source(site), site);
        DynamicTest mixedUp =
                DynamicTest.dynamicTest("with its translations mixed up, the other languages fail", () -> {
                    Path copy = MixedUpTranslations.of(
                            SearchInEachLanguage.source(site), folder.resolve(site + "-mixed-up"));
                    SiteSearchIndex broken = indexOf(copy, site + "-mixed-up-built");
                    List<Row> otherLanguages =
                            rows.stream().filter(row -> !row.isEnglish()).toList();
                    List<String> failed = SearchInEachLanguage.failures(otherLanguages, query -> urls(broken, query));
                    assertEquals(otherLanguages.size(), failed.size(), "only these fail: " + failed);
                    List<Row> english = rows.stream().filter(Row::isEnglish).toList();
                    assertEquals(List.of(), SearchInEachLanguage.failures(english, query -> urls(broken, query)));
                });
        return Stream.concat(
                rows.stream()
                        .map(row -> DynamicTest.dynamicTest(
                                row.toString(),
                                () -> assertTrue(
                                        row.metBy(urls(index, row.query())), "found " + urls(index, row.query())))),
                Stream.of(mixedUp));
    }

    private static SiteSearchIndex indexOf(Path source, String name) {
        try {
            Path built = BuiltSite.build(source, folder.resolve(name)).folder();
            return SiteSearchIndex.load(Files.readAllBytes(built.resolve("search/index.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> urls(SiteSearchIndex index, String query) {
        return index.search(query, 10).stream().map(SearchHit::url).toList();
    }
}
