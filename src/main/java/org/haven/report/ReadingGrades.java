package org.haven.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.content.Audience;
import org.haven.content.Page;

/**
 * Every page's reading grade, hardest first, each with what it is measured against and what to
 * aim for. A Flesch–Kincaid grade is a school year (US); adding 5 gives roughly the age of a
 * reader who finds the text easy, which is how the report says it.
 */
final class ReadingGrades {
    private static final int YEARS_BEFORE_THE_FIRST_GRADE = 5;
    private static final int OLDEST_AT_SCHOOL = 18;

    private ReadingGrades() {}

    static String explanation(double limit) {
        return "The reading grade (Flesch-Kincaid) goes up with longer sentences and longer words. "
                + "A page at grade 9 reads easily for most people aged 14 or over; each grade less makes it easy for a reader a year younger. "
                + "Public pages should be at grade " + number(limit) + " or below (reading-grade in data/site.yaml). "
                + "Easy-read pages are held to their own rules instead.";
    }

    static List<Item> of(Map<String, Double> gradesBySource, List<Page> pages, Places places, double limit) {
        return pages.stream()
                .filter(page -> gradesBySource.containsKey(page.source()))
                .map(page -> item(page, gradesBySource.get(page.source()), places, limit))
                .sorted(Comparator.comparingDouble(
                                (Item item) -> -item.reading().grade())
                        .thenComparing(item -> item.place().file()))
                .toList();
    }

    private static Item item(Page page, double grade, Places places, double limit) {
        boolean heldToTheLimit = !page.easyRead() && page.audience() == Audience.PUBLIC;
        String measured = "grade " + number(grade) + " (" + reader(grade) + "): ";
        String note;
        if (page.easyRead()) {
            note = measured + "easy read is held to its own rules instead: a picture for each point, "
                    + "sentences of 15 words or fewer.";
        } else if (page.audience() == Audience.PROFESSIONAL) {
            note = measured + "for professionals, so not held to " + number(limit) + "; nearer it still reads faster.";
        } else if (grade > limit) {
            note = measured + "aim for " + number(limit) + " or below, " + number(grade - limit)
                    + " grades lower. Use shorter sentences and everyday words; say 'you' and 'we'."
                    + (heldToTheLimit ? "" : " (The build warns of this only on ':audience: public' pages.)");
        } else {
            note = measured + "within the aim of " + number(limit) + " or below.";
        }
        return new Item(places.of(page), 0, note, new Item.Reading(grade, heldToTheLimit ? limit : null));
    }

    /** Who finds a text of this grade easy: a school-age reader, or past school level. */
    private static String reader(double grade) {
        long age = Math.round(grade + YEARS_BEFORE_THE_FIRST_GRADE);
        return age <= OLDEST_AT_SCHOOL ? "easy at about age " + age : "harder than school level";
    }

    /** 9, or 8.5: one decimal place only when there is one. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
