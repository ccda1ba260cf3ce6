package org.haven.report;

/**
 * One thing the report lists about a place.
 *
 * @param line the 1-based line in the place's file, or 0 when it is about the whole file
 * @param note what to know or do, in plain words
 * @param reading the page's reading grade and the limit it is held to, for reading-grade items; else null
 */
public record Item(Place place, int line, String note, Reading reading) {

    public static Item of(Place place, int line, String note) {
        return new Item(place, line, note, null);
    }

    /**
     * @param limit the highest grade the page should have, or null when it is not held to one
     */
    public record Reading(double grade, Double limit) {}
}
