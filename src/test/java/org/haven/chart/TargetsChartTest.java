package org.haven.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.haven.chart.TargetsTable.Column;
import org.haven.chart.TargetsTable.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The chart beside a targets table: what it says, and how it tells baseline, targets and actual values apart. */
class TargetsChartTest {
    private static final TargetsTable WITH_ACTUALS = new TargetsTable(
            "Early help targets",
            Stream.of("2023/24 baseline", "2024/25", "2024/25 actual", "2025/26")
                    .map(Column::headed)
                    .toList(),
            List.of(
                    new TargetsTable.Measure("Families helped within four weeks", List.of("48%", "55%", "58%", "70%")),
                    new TargetsTable.Measure("Referrals with consent recorded", List.of("74%", "80%", "", "90%"))));

    private static final ChartWords ENGLISH = new ChartWords(
            "baseline", "target", "actual", "no value", "Bar chart of the targets in the table beside it.", "ltr");
    private static final ChartWords ARABIC = new ChartWords(
            "خط الأساس", "الهدف", "الفعلي", "لا توجد قيمة", "رسم بياني بالأعمدة للأهداف في الجدول المجاور.", "rtl");

    private static final TargetsTable TARGETS_ONLY = new TargetsTable(
            "Targets",
            Stream.of("2022/23", "2023/24", "2024/25").map(Column::headed).toList(),
            List.of(new TargetsTable.Measure(
                    "Rapid reviews with information sharing as a theme", List.of("67%", "40%", "TBC"))));

    @Test
    void aColumnHeadingSaysWhichPeriodItIsAboutAndWhetherItHoldsABaselineATargetOrAnActualValue() {
        assertEquals(new Column("2023/24", Kind.ACTUAL), Column.headed("2023/24 actual"));
        assertEquals(new Column("2023/24", Kind.ACTUAL), Column.headed("2023/24 (Actual)"));
        assertEquals(new Column("2023/24", Kind.ACTUAL), Column.headed("Actual: 2023/24"));
        assertEquals(new Column("2022/23", Kind.BASELINE), Column.headed("2022/23 baseline"));
        assertEquals(new Column("2023/24", Kind.TARGET), Column.headed("2023/24 target"));
        assertEquals(
                new Column("2023/24", Kind.TARGET),
                Column.headed("2023/24"),
                "a column with no word is a target, as before");
        assertEquals(
                new Column("Q1 factual review", Kind.TARGET),
                Column.headed("Q1 factual review"),
                "only a whole word marks a column");
        assertEquals(
                List.of("2023/24", "2024/25", "2025/26"),
                WITH_ACTUALS.periods(),
                "a target and its actual value share a period");
    }

    @Test
    void everyValueIsWrittenBesideItsBarWithItsKind() {
        Document chart = parse(TargetsChart.svg(WITH_ACTUALS, "c", ENGLISH));
        List<String> values = chart.select("text.haven-chart-value").eachText();
        assertEquals(
                List.of(
                        "48% baseline",
                        "55% target", "58% actual", "70% target", "74% baseline", "80% target", "90% target"),
                values,
                "an actual value not yet measured is left out, not drawn as zero");
        assertEquals(
                List.of("2023/24", "2024/25", "2025/26", "2023/24", "2024/25", "2025/26"),
                chart.select("text.haven-chart-period").eachText());
        String description = chart.selectFirst("desc").text();
        assertTrue(
                description.contains(
                        "Families helped within four weeks: 2023/24 baseline 48%, 2024/25 target 55%, 2024/25 actual 58%, 2025/26 target 70%"),
                description);
    }

    @Test
    void theLegendNamesEachKindOfBarTheChartDrawsAndNoOther() {
        assertEquals(
                List.of("Baseline", "Target", "Actual"),
                parse(TargetsChart.svg(WITH_ACTUALS, "c", ENGLISH))
                        .select(".haven-chart-legend text")
                        .eachText());
        assertEquals(
                List.of("Target"),
                parse(TargetsChart.svg(TARGETS_ONLY, "c", ENGLISH))
                        .select(".haven-chart-legend text")
                        .eachText());
    }

    @Test
    void baselineTargetAndActualBarsDifferInShapeNotOnlyInColour() {
        Document chart = parse(TargetsChart.svg(WITH_ACTUALS, "c", ENGLISH));
        Set<String> shapes = new HashSet<>();
        for (Kind kind : Kind.values()) {
            Element bar = chart.selectFirst("rect.haven-chart-bar--" + kind.word());
            shapes.add(shapeOf(bar));
            Element legendSwatch = chart.selectFirst(".haven-chart-legend rect.haven-chart-bar--" + kind.word());
            assertEquals(
                    shapeOf(bar),
                    shapeOf(legendSwatch),
                    "the legend shows a " + kind.word() + " as the chart draws it");
        }
        assertEquals(3, shapes.size(), "each kind has its own fill pattern or outline, whatever its colour: " + shapes);
        assertFalse(
                chart.selectFirst("pattern#c-hatch").children().isEmpty(),
                "the baseline's hatching is defined in the chart");
    }

    @Test
    void aTableWithoutBaselineOrActualsKeepsItsValuesAndCellTextAsWritten() {
        Document chart = parse(TargetsChart.svg(TARGETS_ONLY, "c", ENGLISH));
        assertEquals(
                List.of("67% target", "40% target", "TBC target"),
                chart.select("text.haven-chart-value").eachText());
        assertEquals(
                2, chart.select("svg > rect.haven-chart-bar--target").size(), "a bar for each number, none for TBC");
    }

    @Test
    void noTextIsSmallerThanTwelvePixelsWhenTheChartIsDrawnAtThe268PixelsAPhone320PixelsWideLeavesIt() {
        Document chart = parse(TargetsChart.svg(WITH_ACTUALS, "c", ENGLISH));
        double width =
                Double.parseDouble(chart.selectFirst("svg").attr("viewBox").split(" ")[2]);
        for (Element text : chart.select("text")) {
            double rendered = Double.parseDouble(text.attr("font-size")) * 268 / width;
            assertTrue(rendered >= 12, text.text() + " is drawn at " + rendered + "px");
        }
    }

    /** What tells a bar's kind apart without its colour: its fill (solid or a pattern), and whether its outline is dashed. */
    private static String shapeOf(Element bar) {
        String fill = bar.attr("fill");
        String fillKind = fill.startsWith("url(") ? "pattern" : fill.equalsIgnoreCase("#ffffff") ? "hollow" : "solid";
        return fillKind + (bar.hasAttr("stroke-dasharray") ? " dashed outline" : "");
    }

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    @Test
    void inARightToLeftLanguageTheBarsGrowFromTheRightAndSayTheirKindInThatLanguage() {
        Document chart = parse(TargetsChart.svg(WITH_ACTUALS, "c", ARABIC));
        assertEquals("rtl", chart.selectFirst("svg").attr("direction"));
        String width = chart.selectFirst("svg").attr("viewBox").split(" ")[2];
        for (Element bar : chart.select("rect.haven-chart-bar:not(.haven-chart-legend rect)")) {
            double right = Double.parseDouble(bar.attr("x")) + Double.parseDouble(bar.attr("width"));
            assertEquals(Double.parseDouble(width), right, 0.2, "a bar ends at the right edge: " + bar);
        }
        for (Element text : chart.select("text.haven-chart-measure"))
            assertEquals(width, text.attr("x"), "a measure's name starts at the right edge");
        assertTrue(chart.select("text.haven-chart-value").eachText().contains("\u206658%\u2069 الفعلي"), chart.html());
        assertTrue(
                chart.selectFirst("desc").text().startsWith("رسم بياني"),
                chart.selectFirst("desc").text());
    }
}
