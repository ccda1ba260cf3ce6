package org.haven.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.haven.support.BuiltSite;
import org.haven.support.EverydayWordsTable;
import org.haven.support.EverydayWordsTable.Row;
import org.haven.support.ExampleSite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code haven search} finds the page each search in everyday words must find
 * (src/test/resources/search/everyday-words.txt), on the example site and the riverside fixture,
 * from the index JSON the build wrote; and the same index without its thesaurus fails the table.
 */
class EverydayWordsTest {
    @TempDir
    static Path output;

    @TestFactory
    Stream<DynamicTest> theExampleSiteFindsWhatPeopleMean() throws IOException {
        return rowsOn("example", ExampleSite.ROOT);
    }

    @TestFactory
    Stream<DynamicTest> theRiversideSiteFindsWhatPeopleMean() throws IOException {
        return rowsOn("riverside", Path.of("src/test/resources/sites/riverside").toAbsolutePath());
    }

    private static Stream<DynamicTest> rowsOn(String site, Path source) throws IOException {
        byte[] json = Files.readAllBytes(
                BuiltSite.build(source, output.resolve(site)).folder().resolve("search/index.json"));
        SiteSearchIndex index = SiteSearchIndex.load(json);
        SiteSearchIndex withoutThesaurus = SiteSearchIndex.load(EverydayWordsTable.withoutThesaurus(json));
        List<Row> rows = EverydayWordsTable.forSite(site);
        DynamicTest broken = DynamicTest.dynamicTest("without the thesaurus, the table fails", () -> {
            List<Row> failed = EverydayWordsTable.failed(rows, q -> urls(withoutThesaurus, q));
            assertTrue(
                    failed.size() >= rows.size() / 4,
                    "only " + failed.size() + " of " + rows.size() + " rows fail: " + failed);
            assertTrue(failed.stream().anyMatch(r -> r.query().equals("mash")), failed.toString());
        });
        return Stream.concat(
                rows.stream()
                        .map(row -> DynamicTest.dynamicTest(
                                row.toString(),
                                () -> assertTrue(
                                        row.metBy(urls(index, row.query())), "found " + urls(index, row.query())))),
                Stream.of(broken));
    }

    private static List<String> urls(SiteSearchIndex index, String query) {
        return index.search(query, 10).stream().map(SearchHit::url).toList();
    }
}
