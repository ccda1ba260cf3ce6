package org.haven.listings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK read them. */
public final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    /** {@code 1 April 2024}, or null for no date. */
    public static String text(LocalDate date) {
        return date == null ? null : LONG.format(date);
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
