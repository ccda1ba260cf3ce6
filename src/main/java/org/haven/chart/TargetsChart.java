package org.haven.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.haven.chart.TargetsTable.Column;
import org.haven.chart.TargetsTable.Kind;

/**
 * Draws a {@link TargetsTable} as a horizontal bar chart in SVG: for each measure, each period's
 * name over its bars, and each value written beside its bar with its kind ("40% target").
 * Baseline, target and actual differ in shape as well as colour (a hatched bar, a dashed
 * outline, a solid bar), and a legend shows which is which. The drawing is 320 units wide with
 * 16-unit text, so on a 320 px phone, where it is drawn about 270 px wide, no text is below 12 px.
 * Colours are attributes, not styles, so the chart works under a Content-Security-Policy that
 * forbids inline style.
 */
public final class TargetsChart {
    private static final int WIDTH = 320;
    private static final int FONT_SIZE = 16;
    private static final int LINE_HEIGHT = 21;
    /** Room left of the right edge for the longest value label, "100% baseline". */
    private static final int BAR_AREA = WIDTH - 135;

    private static final int BAR_HEIGHT = 20;
    private static final int WRAP_AT = 34;
    private static final String INK = "#0b0c0c";
    private static final String BASELINE_COLOUR = "#505a5f";
    private static final String PLAN_COLOUR = "#4c2c92";

    private TargetsChart() {}

    /**
     * The SVG markup; {@code id} must be unique in the page (it names the title, description and
     * hatching). Its words are {@code words}; in a right-to-left language its bars grow from the
     * right and its text starts there.
     */
    public static String svg(TargetsTable table, String id, ChartWords words) {
        String hatch = id + "-hatch";
        Drawing drawing = new Drawing(words.rightToLeft());
        StringBuilder body = new StringBuilder(legend(table.kinds(), hatch, words, drawing));
        int y = 36;
        for (TargetsTable.Measure measure : table.measures()) {
            for (String line : wrap(measure.name())) {
                y += LINE_HEIGHT;
                body.append(drawing.text(0, y, line, "haven-chart-measure", "bold"));
            }
            y += 6;
            for (String period : table.periods()) {
                y += LINE_HEIGHT;
                body.append(drawing.text(0, y, period, "haven-chart-period", "normal"));
                y += 5;
                for (Kind kind : Kind.values()) {
                    for (int column = 0; column < table.columns().size(); column++) {
                        Column heading = table.columns().get(column);
                        if (!heading.period().equals(period) || heading.kind() != kind) continue;
                        if (kind == Kind.ACTUAL && measure.cell(column).isEmpty()) continue;
                        body.append(bar(kind, measure, column, y, hatch, words, drawing));
                        y += BAR_HEIGHT + 4;
                    }
                }
            }
            y += 12;
        }
        String titleId = id + "-title";
        String descId = id + "-desc";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart-svg\" role=\"img\" viewBox=\"0 0 "
                + WIDTH + " " + y + "\" direction=\"" + words.direction() + "\" aria-labelledby=\"" + titleId + " "
                + descId + "\">"
                + "<title id=\"" + titleId + "\">" + escape(table.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + escape(description(table, words)) + "</desc>"
                + "<defs><pattern id=\"" + hatch
                + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"" + BASELINE_COLOUR
                + "\"/><rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern></defs>"
                + body + "</svg>";
    }

    /** Every value in words, for the chart's description. */
    static String description(TargetsTable table, ChartWords words) {
        List<String> parts = new ArrayList<>();
        for (TargetsTable.Measure measure : table.measures()) {
            List<String> values = new ArrayList<>();
            for (int column = 0; column < table.columns().size(); column++) {
                Column heading = table.columns().get(column);
                String cell = measure.cell(column);
                if (heading.kind() == Kind.ACTUAL && cell.isEmpty()) continue;
                values.add(heading.period() + " " + words.of(heading.kind()) + " "
                        + (cell.isEmpty() ? words.noValue() : cell));
            }
            parts.add(measure.name() + ": " + String.join(", ", values));
        }
        return words.summary() + " " + String.join(". ", parts) + ".";
    }

    /** A key to the kinds of bar the chart draws, each with its own shape. */
    private static String legend(List<Kind> kinds, String hatch, ChartWords words, Drawing drawing) {
        StringBuilder legend = new StringBuilder("<g class=\"haven-chart-legend\">");
        int x = 0;
        for (Kind kind : kinds) {
            legend.append(swatch(kind, drawing.x(x, 22), 8, 22, 14, hatch));
            String word = words.of(kind).substring(0, 1).toUpperCase(Locale.ROOT)
                    + words.of(kind).substring(1);
            legend.append(drawing.text(x + 28, 20, word, "haven-chart-legend-label", "normal"));
            x += 28 + word.length() * 9 + 16;
        }
        return legend.append("</g>").toString();
    }

    private static String bar(
            Kind kind,
            TargetsTable.Measure measure,
            int column,
            int y,
            String hatch,
            ChartWords words,
            Drawing drawing) {
        OptionalDouble value = measure.percent(column);
        String cell = measure.cell(column);
        double width = value.isPresent() ? Math.max(0, Math.min(100, value.getAsDouble())) * BAR_AREA / 100 : 0;
        String label = (cell.isEmpty() ? words.noValue() : drawing.number(cell)) + " " + words.of(kind);
        return (width > 0 ? swatch(kind, drawing.x(0, width), y, width, BAR_HEIGHT, hatch) : "")
                + drawing.text(
                        (int) Math.ceil(width) + 6,
                        y + 15,
                        label,
                        "haven-chart-value haven-chart-value--" + kind.word(),
                        "bold");
    }

    /** A baseline is hatched, a target a dashed outline, an actual value solid. */
    private static String swatch(Kind kind, double x, int y, double width, int height, String hatch) {
        String box =
                String.format(Locale.ROOT, "x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"", x, y, width, height);
        return switch (kind) {
            case BASELINE -> "<rect class=\"haven-chart-bar haven-chart-bar--baseline\" " + box + " fill=\"url(#"
                    + hatch + ")\" stroke=\"" + BASELINE_COLOUR + "\" stroke-width=\"1\"/>";
            case TARGET -> "<rect class=\"haven-chart-bar haven-chart-bar--target\" " + box
                    + " fill=\"#ffffff\" stroke=\"" + PLAN_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>";
            case ACTUAL -> "<rect class=\"haven-chart-bar haven-chart-bar--actual\" " + box + " fill=\"" + PLAN_COLOUR
                    + "\"/>";
        };
    }

    /**
     * Places shapes and text by their distance from the edge reading starts at: the left, or the
     * right in a right-to-left chart, whose text ({@code direction="rtl"}) then starts at its x.
     */
    private record Drawing(boolean rightToLeft) {
        /** Where a shape {@code width} wide, {@code fromStart} from the reading edge, begins. */
        double x(double fromStart, double width) {
            return rightToLeft ? WIDTH - fromStart - width : fromStart;
        }

        /** A value such as {@code 55%}, kept left to right among right-to-left words (isolated, as {@code <bdi>} would). */
        String number(String value) {
            return rightToLeft ? "\u2066" + value + "\u2069" : value;
        }

        String text(int fromStart, int y, String content, String cssClass, String weight) {
            int x = rightToLeft ? WIDTH - fromStart : fromStart;
            return "<text x=\"" + x + "\" y=\"" + y + "\" class=\"" + cssClass + "\" font-size=\"" + FONT_SIZE
                    + "\" font-weight=\"" + weight + "\" fill=\"" + INK + "\">" + escape(content) + "</text>";
        }
    }

    private static List<String> wrap(String words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > WRAP_AT) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
