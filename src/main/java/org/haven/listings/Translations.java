package org.haven.listings;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.haven.content.ContentFolder;
import org.haven.content.Page;

/**
 * The pages of a build that are one page in several languages: a page and every page whose
 * {@code :translation-of:} names it, and the easy-read versions beside them. Checked before this
 * ({@code checks/TranslationRules}); a translation of a page not in this build (a draft) has no group.
 */
public final class Translations {
    private final Map<String, Group> groupBySource = new HashMap<>();

    /**
     * One page in several languages.
     *
     * @param original the page the others translate
     * @param members the original first, then its translations by language tag
     */
    public record Group(Page original, List<Page> members) {
        /** When the original gives no {@code jbake-date} to measure its review cycle from. */
        static final Period USUAL_REVIEW_CYCLE = Period.ofYears(1);

        /**
         * The translations checked a review cycle or more after the original: each one's {@code review-by}
         * is at least the original's review cycle (from its {@code jbake-date} to its {@code review-by},
         * else a year) after the original's, so the original may no longer say what they say.
         */
        public List<Page> checkedACycleAfterTheOriginal() {
            LocalDate due = original.reviewBy();
            if (due == null) return List.of();
            Period cycle = original.date() != null && original.date().isBefore(due)
                    ? Period.between(original.date(), due)
                    : USUAL_REVIEW_CYCLE;
            return members.stream()
                    .skip(1)
                    .filter(t -> t.reviewBy() != null && !t.reviewBy().isBefore(due.plus(cycle)))
                    .toList();
        }
    }

    private Translations() {}

    public static Translations of(List<Page> pages) {
        Translations translations = new Translations();
        Map<String, Page> bySource = new HashMap<>();
        pages.forEach(p -> bySource.put(p.source(), p));
        Map<Page, List<Page>> translated = new HashMap<>();
        for (Page page : pages) {
            if (page.easyRead() || page.translationOf() == null) continue;
            Page original = bySource.get("content/" + page.translationOf());
            if (original != null && original.translationOf() == null)
                translated.computeIfAbsent(original, o -> new ArrayList<>()).add(page);
        }
        translated.forEach((original, others) -> {
            List<Page> members = new ArrayList<>(List.of(original));
            others.stream()
                    .sorted(Comparator.comparing(p -> Objects.toString(p.lang(), "")))
                    .forEach(members::add);
            translations.add(new Group(original, members));
            List<Page> easyReads = members.stream()
                    .map(member -> bySource.get(easyReadFileOf(member)))
                    .filter(p -> p != null)
                    .toList();
            Page easyOriginal = bySource.get(easyReadFileOf(original));
            if (easyReads.size() > 1 && easyOriginal != null) translations.add(new Group(easyOriginal, easyReads));
        });
        return translations;
    }

    private static String easyReadFileOf(Page page) {
        return page.source().substring(0, page.source().length() - ".adoc".length()) + ContentFolder.EASY_READ_SUFFIX;
    }

    private void add(Group group) {
        group.members().forEach(member -> groupBySource.put(member.source(), group));
    }

    /** The page's group, if it is one of several languages of one page. */
    public Optional<Group> of(Page page) {
        return Optional.ofNullable(groupBySource.get(page.source()));
    }

    public boolean any() {
        return !groupBySource.isEmpty();
    }

    /** Each group once, originals by file name. */
    public List<Group> groups() {
        return groupBySource.values().stream()
                .distinct()
                .sorted(Comparator.comparing(group -> group.original().source()))
                .toList();
    }

    /** A page's address in one of its languages, {@code x-default} for the page the others translate. */
    public record Alternate(String hreflang, String url) {}

    /** For each page in several languages, by its address: every language's address, then {@code x-default}. */
    public Map<String, List<Alternate>> alternatesByUrl(String siteLanguage) {
        Map<String, List<Alternate>> alternates = new HashMap<>();
        groups().forEach(group -> {
            List<Alternate> all = new ArrayList<>();
            group.members()
                    .forEach(member ->
                            all.add(new Alternate(member.language(siteLanguage).tag(), member.url())));
            all.add(new Alternate("x-default", group.original().url()));
            group.members().forEach(member -> alternates.put(member.url(), List.copyOf(all)));
        });
        return alternates;
    }

    /** Every translation (the pages in another language than the one they translate, not easy read), by language tag. */
    public Map<String, List<Page>> byLanguage(String siteLanguage) {
        Map<String, List<Page>> byLanguage = new TreeMap<>();
        groups().stream()
                .filter(group -> !group.original().easyRead())
                .flatMap(group -> group.members().stream().skip(1))
                .sorted(Comparator.comparing(Page::title))
                .forEach(page -> byLanguage
                        .computeIfAbsent(page.language(siteLanguage).tag(), tag -> new ArrayList<>())
                        .add(page));
        return byLanguage;
    }
}
