package org.haven.listings;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.haven.content.Audience;
import org.haven.content.ContentFolder;
import org.haven.content.Page;
import org.haven.content.PageType;

/**
 * The report hub: one page listing every way to report a concern. It is made at the folder
 * that holds the most concern pages not in another language (on a tie, the first folder by
 * name); concern pages at the top of {@code content/} make it at {@link #TOP_LEVEL_URL}.
 */
public final class ReportHub {
    static final String TOP_LEVEL_URL = "/reporting/";

    /** Public pages first, then the partnership's {@code :order:} (pages without one after those with one), then by title. */
    public static final Comparator<Page> ORDER = Comparator.comparing((Page p) -> p.audience() == Audience.PROFESSIONAL)
            .thenComparing(Page::order, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.title().toLowerCase(Locale.UK));

    private ReportHub() {}

    /** The hub's address, or empty when the site has no concern pages. */
    public static Optional<String> url(SiteContent content) {
        Map<String, Long> pagesByFolder = content.ofType(PageType.CONCERN).stream()
                .filter(p -> !p.isTranslation(content.site().language()))
                .collect(Collectors.groupingBy(ReportHub::folderOf, TreeMap::new, Collectors.counting()));
        return pagesByFolder.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .map(folder -> folder.equals(SiteUrls.HOME) ? TOP_LEVEL_URL : folder);
    }

    /**
     * Every concern page but one standing at the hub's own address, in the hub's order. A page in
     * another language is left out: its title and summary would be read in the hub's voice, and its
     * readers reach it from the language switcher and the page of help in other languages.
     */
    public static List<Page> pages(SiteContent content) {
        String hub = url(content).orElse(null);
        return content.ofType(PageType.CONCERN).stream()
                .filter(p -> !p.url().equals(hub))
                .filter(p -> !p.isTranslation(content.site().language()))
                .sorted(ORDER)
                .toList();
    }

    /** The address of the folder a page's file is in: {@code content/reporting/x.adoc} is in {@code /reporting/}. */
    private static String folderOf(Page page) {
        String source = page.source();
        return ContentFolder.urlOf(source.substring(0, source.lastIndexOf('/') + 1) + "index.adoc");
    }
}
