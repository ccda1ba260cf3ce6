package org.haven.listings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.haven.content.GlossaryTerm;
import org.haven.content.Page;
import org.haven.content.PageType;
import org.haven.content.SiteConfig;

/**
 * The pages of one build and what is known about them before any is converted: the site
 * settings, the glossary, the pages in this build and the day it is built for.
 */
public record SiteContent(
        SiteConfig site, List<GlossaryTerm> glossary, List<Page> pages, LocalDate today, Map<String, Page> byUrl) {

    public SiteContent(SiteConfig site, List<GlossaryTerm> glossary, List<Page> pages, LocalDate today) {
        this(
                site,
                glossary,
                List.copyOf(pages),
                today,
                pages.stream().collect(java.util.stream.Collectors.toMap(Page::url, p -> p, (first, second) -> first)));
    }

    public static final Comparator<Page> NEWEST_FIRST = Comparator.comparing(
                    Page::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::title);

    /** The pages that are one page in several languages. */
    public Translations translations() {
        return Translations.of(pages);
    }

    public List<Page> ofType(PageType type) {
        return pages.stream().filter(p -> !p.easyRead() && p.type() == type).toList();
    }

    public List<Page> where(Predicate<Page> test) {
        return pages.stream().filter(test).toList();
    }

    public Optional<Page> at(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public List<Page> levelsInOrder() {
        return ofType(PageType.LEVEL).stream()
                .sorted(Comparator.comparingInt(p -> p.level().orElseThrow().level()))
                .toList();
    }

    public List<Page> newest(PageType type) {
        return ofType(type).stream().sorted(NEWEST_FIRST).toList();
    }

    public List<String> plans() {
        return ofType(PageType.PRIORITY).stream()
                .map(p -> p.priority().orElseThrow().plan())
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }
}
