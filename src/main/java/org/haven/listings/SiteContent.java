package org.haven.listings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
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
 *
 * @param translations the pages that are one page in several languages, found once a build
 * @param byType the pages of each type, without easy-read versions
 */
public record SiteContent(
        SiteConfig site,
        List<GlossaryTerm> glossary,
        List<Page> pages,
        LocalDate today,
        Map<String, Page> byUrl,
        Translations translations,
        Map<PageType, List<Page>> byType) {

    public SiteContent(SiteConfig site, List<GlossaryTerm> glossary, List<Page> pages, LocalDate today) {
        this(
                site,
                glossary,
                List.copyOf(pages),
                today,
                pages.stream().collect(java.util.stream.Collectors.toMap(Page::url, p -> p, (first, second) -> first)),
                Translations.of(pages),
                byType(pages));
    }

    /** The pages of each type, easy-read versions left out, each list in the order of {@code pages}. */
    private static Map<PageType, List<Page>> byType(List<Page> pages) {
        Map<PageType, List<Page>> byType = new EnumMap<>(PageType.class);
        for (Page page : pages)
            if (!page.easyRead())
                byType.computeIfAbsent(page.type(), type -> new ArrayList<>()).add(page);
        byType.replaceAll((type, ofType) -> List.copyOf(ofType));
        return Collections.unmodifiableMap(byType);
    }

    public static final Comparator<Page> NEWEST_FIRST = Comparator.comparing(
                    Page::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::title);

    public List<Page> ofType(PageType type) {
        return byType.getOrDefault(type, List.of());
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
