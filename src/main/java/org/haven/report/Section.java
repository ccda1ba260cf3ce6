package org.haven.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of the report.
 *
 * @param id a stable name for automation ({@code still-to-write}, {@code reading-grade}…)
 * @param explanation what the section lists and what to do about it, in plain words
 */
public record Section(String id, String title, String explanation, List<Item> items) {

    /** The items about one place, as a person reads them: under the page's title. */
    public record PlaceItems(Place place, List<Item> items) {}

    /** The items gathered by place, each place where its first item was. */
    public List<PlaceItems> byPlace() {
        Map<Place, List<Item>> byPlace = new LinkedHashMap<>();
        for (Item item : items)
            byPlace.computeIfAbsent(item.place(), p -> new ArrayList<>()).add(item);
        return byPlace.entrySet().stream()
                .map(e -> new PlaceItems(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
