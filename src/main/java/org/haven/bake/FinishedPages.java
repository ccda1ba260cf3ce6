package org.haven.bake;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.content.Page;

/** What the convert and finish phases made of the content pages: each one's body, text and reading grade (English pages only), by URL. */
record FinishedPages(Map<String, HtmlPostProcessor.Processed> byUrl) {

    FinishedPages {
        byUrl = Map.copyOf(byUrl);
    }

    /** A page's body by its URL, decoded as it is asked for; null for a URL with no content page. */
    String htmlAt(String url) {
        HtmlPostProcessor.Processed processed = byUrl.get(url);
        return processed == null ? null : processed.html().text();
    }

    Map<String, String> textByUrl() {
        return each(HtmlPostProcessor.Processed::text);
    }

    SortedMap<String, Double> readingGradesBySource(Iterable<Page> pages) {
        SortedMap<String, Double> grades = new TreeMap<>();
        for (Page page : pages) {
            HtmlPostProcessor.Processed processed = byUrl.get(page.url());
            if (processed != null && !Double.isNaN(processed.readingGrade()))
                grades.put(page.source(), processed.readingGrade());
        }
        return grades;
    }

    private <T> Map<String, T> each(Function<HtmlPostProcessor.Processed, T> part) {
        return byUrl.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> part.apply(e.getValue())));
    }
}
