package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.haven.lunr.Token;
import org.haven.search.GlossaryEntry;
import org.haven.search.SearchDocument;
import org.haven.search.SiteSearchIndex;
import org.haven.search.Thesaurus;
import org.junit.jupiter.api.Test;

/** A page's search entry, as the cache keeps it between builds. */
class SearchEntriesTest {
    private final SiteSearchIndex.Maker maker = new SiteSearchIndex.Maker(
            List.of(new GlossaryEntry("CSPR", "Child Safeguarding Practice Review")), Thesaurus.NONE);

    private final SearchDocument page = new SearchDocument(
            "/reviews/cspr/",
            "Child Safeguarding Practice Review",
            "/reviews/cspr/",
            "What the review of a child's death found, and what changed.",
            "Review",
            "The review found that the child was seen by many workers. Workers did not share what they saw;"
                    + " workers now share what they see the same day.",
            List.of("reviews", "learning"));

    @Test
    void anEntryReadBackHoldsTheSameWordsInEachFieldInTheSameOrder() {
        SiteSearchIndex.Ready prepared = maker.prepare(page);

        SiteSearchIndex.Ready read = SearchEntries.decode(page, SearchEntries.encode(prepared.terms()))
                .orElseThrow();

        assertEquals(words(prepared), words(read));
        assertEquals(prepared.terms().ref(), read.terms().ref());
        assertTrue(words(read).get(2).stream().filter("worker"::equals).count() > 1, "a repeated word stays repeated");
    }

    @Test
    void anEntryKeptForAnotherPageIsNotUsed() {
        SearchDocument other =
                new SearchDocument("/news/", page.title(), "/news/", page.summary(), "News", page.body(), page.tags());

        assertTrue(SearchEntries.decode(
                        other, SearchEntries.encode(maker.prepare(page).terms()))
                .isEmpty());
    }

    @Test
    void anEntryCutShortIsNotUsed() {
        byte[] whole = SearchEntries.encode(maker.prepare(page).terms());

        for (int length : new int[] {0, 4, whole.length / 2, whole.length - 1}) {
            assertTrue(
                    SearchEntries.decode(page, Arrays.copyOf(whole, length)).isEmpty(), "cut to " + length + " bytes");
        }
    }

    private static List<List<String>> words(SiteSearchIndex.Ready ready) {
        return ready.terms().fieldTerms().stream()
                .map(field -> field.stream().map(Token::toString).toList())
                .toList();
    }
}
