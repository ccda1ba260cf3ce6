package org.haven.chart;

import org.haven.chart.TargetsTable.Kind;

/**
 * The words a chart writes, in the language of its page, and which way that language reads.
 *
 * @param summary what the chart is, before its values in its description
 * @param direction {@code ltr} or {@code rtl}: a right-to-left chart grows its bars from the right
 */
public record ChartWords(
        String baseline, String target, String actual, String noValue, String summary, String direction) {

    /** The word written beside a value of this kind ("40% target"). */
    public String of(Kind kind) {
        return switch (kind) {
            case BASELINE -> baseline;
            case TARGET -> target;
            case ACTUAL -> actual;
        };
    }

    boolean rightToLeft() {
        return direction.equals("rtl");
    }
}
