package org.haven.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's targets: measures down the side, periods across the top, percentages in the cells.
 * A column whose heading ends with "baseline" or "actual" holds the value measured before the
 * plan or the value measured for that period; every other column holds a target.
 *
 * @param title what the table is about (its caption, or "Targets")
 */
public record TargetsTable(String title, List<Column> columns, List<Measure> measures) {

    /** What a column's values are. */
    public enum Kind {
        BASELINE,
        TARGET,
        ACTUAL;

        /** The kind's name in the chart's CSS classes ({@code haven-chart-value--actual}). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A column: the period it is about and what kind of value it holds. */
    public record Column(String period, Kind kind) {
        private static final String KIND = "(baseline|targets?|actuals?)";
        private static final Pattern KIND_LAST = Pattern.compile("(?i)^(.*?)[\\s(\\[:,–-]*\\b" + KIND + "[)\\]]?\\s*$");
        private static final Pattern KIND_FIRST = Pattern.compile("(?i)^" + KIND + "\\b[\\s:,–-]*(.*)$");

        /**
         * The column a heading names: "2023/24 actual", "2023/24 (actual)" and "Actual 2023/24" are the
         * actual value for 2023/24; "2022/23 baseline" the baseline; "2023/24" or "2023/24 target" a target.
         */
        public static Column headed(String heading) {
            String text = heading.trim();
            Matcher last = KIND_LAST.matcher(text);
            if (last.matches()) return marked(text, last.group(2), last.group(1));
            Matcher first = KIND_FIRST.matcher(text);
            if (first.matches()) return marked(text, first.group(1), first.group(2));
            return new Column(text, Kind.TARGET);
        }

        private static Column marked(String heading, String word, String period) {
            String lower = word.toLowerCase(Locale.ROOT);
            Kind kind = lower.startsWith("baseline")
                    ? Kind.BASELINE
                    : lower.startsWith("actual") ? Kind.ACTUAL : Kind.TARGET;
            return new Column(period.isBlank() ? heading : period.trim(), kind);
        }
    }

    /** The periods in the order the table first names them. */
    public List<String> periods() {
        List<String> periods = new ArrayList<>();
        for (Column column : columns) {
            if (!periods.contains(column.period())) periods.add(column.period());
        }
        return periods;
    }

    /** The kinds of value the table holds, in the order baseline, target, actual. */
    public List<Kind> kinds() {
        return Arrays.stream(Kind.values())
                .filter(kind -> columns.stream().anyMatch(c -> c.kind() == kind))
                .toList();
    }

    /** One row: a measure and its cell text for each column ("67%", or "TBC"). */
    public record Measure(String name, List<String> cells) {

        /** The cell's text, trimmed; empty when the row is shorter than the table. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        public OptionalDouble percent(int column) {
            String cell = cell(column).replace("%", "").trim();
            try {
                return OptionalDouble.of(Double.parseDouble(cell));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
    }
}
