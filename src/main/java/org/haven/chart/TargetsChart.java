package org.haven.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Draws a {@link TargetsTable} as a horizontal bar chart in SVG: a group of bars for each
 * measure, one bar a period, each value written beside its bar. Colours are attributes, not
 * styles, so the chart works under a Content-Security-Policy that forbids inline style.
 */
public final class TargetsChart {
    private static final int WIDTH = 480;
    private static final int LABEL_WIDTH = 90;
    private static final int BAR_AREA = 300;
    private static final int BAR_HEIGHT = 22;
    private static final int LINE_HEIGHT = 20;
    private static final int WRAP_AT = 52;
    private static final String[] COLOURS = {"#4c2c92", "#00703c", "#1d70b8", "#b58840", "#d4351c", "#505a5f"};

    private TargetsChart() {
    }

    /** The SVG markup; {@code id} must be unique in the page (it names the title and description). */
    public static String svg(TargetsTable table, String id) {
        StringBuilder body = new StringBuilder();
        int y = 10;
        for (TargetsTable.Measure measure : table.measures()) {
            for (String line : wrap(measure.name())) {
                y += LINE_HEIGHT;
                body.append(text(0, y, line, "haven-chart-measure", "bold"));
            }
            y += 8;
            for (int period = 0; period < table.periods().size(); period++) {
                body.append(bar(table.periods().get(period), measure, period, y));
                y += BAR_HEIGHT + 6;
            }
            y += 10;
        }
        String titleId = id + "-title";
        String descId = id + "-desc";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart-svg\" role=\"img\" viewBox=\"0 0 "
                + WIDTH + " " + (y + 10) + "\" aria-labelledby=\"" + titleId + " " + descId + "\">"
                + "<title id=\"" + titleId + "\">" + escape(table.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + escape(description(table)) + "</desc>"
                + body + "</svg>";
    }

    /** Every value in words, for the chart's description. */
    static String description(TargetsTable table) {
        List<String> parts = new ArrayList<>();
        for (TargetsTable.Measure measure : table.measures()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < table.periods().size() && i < measure.cells().size(); i++) {
                values.add(table.periods().get(i) + " " + measure.cells().get(i).trim());
            }
            parts.add(measure.name() + ": " + String.join(", ", values));
        }
        return "Bar chart of the targets in the table beside it. " + String.join(". ", parts) + ".";
    }

    private static String bar(String period, TargetsTable.Measure measure, int index, int y) {
        OptionalDouble value = measure.percent(index);
        String cell = index < measure.cells().size() ? measure.cells().get(index).trim() : "";
        StringBuilder bar = new StringBuilder(text(0, y + 16, period, "haven-chart-period", "normal"));
        double width = value.isPresent() ? Math.max(0, Math.min(100, value.getAsDouble())) * BAR_AREA / 100 : 0;
        if (width > 0) {
            bar.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    LABEL_WIDTH, y, width, BAR_HEIGHT, COLOURS[index % COLOURS.length]));
        }
        bar.append(text((int) (LABEL_WIDTH + width + 6), y + 16, cell.isEmpty() ? "no value" : cell, "haven-chart-value", "bold"));
        return bar.toString();
    }

    private static String text(int x, int y, String content, String cssClass, String weight) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" class=\"" + cssClass + "\" font-size=\"15\" font-weight=\"" + weight
                + "\" fill=\"#0b0c0c\">" + escape(content) + "</text>";
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
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
