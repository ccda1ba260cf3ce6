package org.haven.chart;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A plan's targets: measures down the side, periods across the top, percentages in the cells.
 *
 * @param title what the table is about (its caption, or "Targets")
 */
public record TargetsTable(String title, List<String> periods, List<Measure> measures) {

    /** One row: a measure and its cell text for each period ("67%", or "TBC"). */
    public record Measure(String name, List<String> cells) {

        public OptionalDouble percent(int period) {
            if (period >= cells.size()) return OptionalDouble.empty();
            String cell = cells.get(period).trim().replace("%", "").trim();
            try {
                return OptionalDouble.of(Double.parseDouble(cell));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
    }
}
