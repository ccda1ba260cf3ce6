package org.haven.bake;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.haven.content.Page;
import org.haven.search.SearchDocuments;

/**
 * What later phases need of the finished content pages, by URL: the body of each page a generated
 * page shows (a level, an introduction), each page's text as search holds it, and its reading
 * grade (English pages only). Only that is kept, not every page's body and whole text: a large
 * site's pages would otherwise stay in memory until the end of the build.
 */
final class FinishedPages {
    private final Set<String> bodiesShown;
    private final Map<String, Kept> byUrl = new ConcurrentHashMap<>();

    private record Kept(HtmlBody body, String searchText, double readingGrade) {}

    /** @param bodiesShown the URLs of the pages whose body a generated page shows */
    FinishedPages(Set<String> bodiesShown) {
        this.bodiesShown = bodiesShown;
    }

    /** Keeps what later phases need of a page just finished; safe to call on several threads. */
    void add(Page page, HtmlPostProcessor.Processed processed) {
        byUrl.put(
                page.url(),
                new Kept(
                        bodiesShown.contains(page.url()) ? processed.html() : null,
                        SearchDocuments.searchedText(processed.text()),
                        processed.readingGrade()));
    }

    /** A page's body by its URL, decoded as it is asked for; null for a URL with no content page. */
    String htmlAt(String url) {
        Kept kept = byUrl.get(url);
        if (kept == null) return null;
        if (kept.body() == null)
            throw new IllegalStateException("The body of " + url
                    + " was not kept: the pages whose body generated pages show are " + bodiesShown);
        return kept.body().text();
    }

    Map<String, String> textByUrl() {
        return byUrl.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue()
                .searchText()));
    }

    SortedMap<String, Double> readingGradesBySource(Iterable<Page> pages) {
        SortedMap<String, Double> grades = new TreeMap<>();
        for (Page page : pages) {
            Kept kept = byUrl.get(page.url());
            if (kept != null && !Double.isNaN(kept.readingGrade())) grades.put(page.source(), kept.readingGrade());
        }
        return grades;
    }
}
