package org.haven.wordimport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The document's body, block by block: headings, paragraphs, lists, block quotes, tables and pictures. */
final class BodyConverter {
    private static final int LONG_SENTENCE_WORDS = 30;
    /** Word nests lists nine deep, AsciiDoc five: deeper items stay at the fifth level. */
    private static final int DEEPEST_LIST = 5;

    /** The list last written was a SmartArt diagram's: a Word list after it is another list. */
    private static final BigInteger SMARTART_LIST = BigInteger.valueOf(-1);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final WordBlocks blocks;
    private final ParagraphKind kinds;
    private final InlineText inline;
    private final AsciidocLines out;
    private int lastStyledHeading = 1;
    private boolean inQuote;
    private BigInteger lastList;
    private int headingShift = 1;

    BodyConverter(WordBlocks blocks, ParagraphKind kinds, InlineText inline, AsciidocLines out) {
        this.blocks = blocks;
        this.kinds = kinds;
        this.inline = inline;
        this.out = out;
    }

    void convert(List<IBodyElement> elements, XWPFParagraph titleParagraph) {
        // The document's highest heading in the body becomes ==, whatever Word level it has.
        headingShift = 2
                - elements.stream()
                        .filter(e -> e != titleParagraph && e instanceof XWPFParagraph)
                        .mapToInt(e -> level((XWPFParagraph) e))
                        .filter(l -> l > 0)
                        .min()
                        .orElse(1);
        for (IBodyElement element : elements) {
            if (element != titleParagraph) block(element);
        }
        endQuote();
    }

    private void block(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            paragraph(paragraph);
            List<IBodyElement> boxed = blocks.inTextBoxes(paragraph);
            if (boxed.isEmpty()) return;
            out.noteNext(
                    "Text from a text box was put here, after the paragraph it is anchored to: check where it belongs.");
            boxed.forEach(this::block);
        } else if (element instanceof XWPFTable table) {
            table(table);
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        boolean quote = kinds.isQuote(paragraph);
        if (!quote) endQuote();
        InlineText.Converted converted = inline.of(paragraph);
        String text = converted.text();
        if (text.isEmpty()) {
            // Word puts a comment on an empty paragraph after the text it is about.
            out.pendingAboutLast();
            return;
        }
        int level = level(paragraph);
        if (!kinds.isListItem(paragraph)) lastList = null;
        if (level > 0) {
            heading(level + headingShift, paragraph, converted);
            lastStyledHeading = level + headingShift;
        } else if (!kinds.isListItem(paragraph)
                && converted.pictures().isEmpty()
                && kinds.looksLikeHeading(paragraph)) {
            out.noteNext("A line in bold or large text on its own was made a heading: check it is one, and its level.");
            heading(kinds.isLarge(paragraph) ? 2 : Math.min(lastStyledHeading + 1, 6), paragraph, converted);
        } else if (kinds.isListItem(paragraph)) {
            int depth = paragraph.getNumIlvl() == null
                    ? 1
                    : Math.min(paragraph.getNumIlvl().intValue() + 1, DEEPEST_LIST);
            if (lastList != null && !lastList.equals(paragraph.getNumID())) {
                out.blank();
                out.line("//-");
            }
            lastList = paragraph.getNumID();
            checkSentences(paragraph.getText());
            out.line((kinds.isNumbered(paragraph) ? ".".repeat(depth) : "*".repeat(depth)) + " "
                    + LiteralText.lines(text));
        } else if (quote) {
            if (!inQuote) {
                out.blank();
                out.line("____");
                inQuote = true;
            } else {
                out.blank();
            }
            checkSentences(paragraph.getText());
            out.line(LiteralText.lines(text));
        } else if (isOnlyPictures(converted)) {
            for (Picture picture : converted.pictures()) {
                out.blank();
                out.line(picture.macro(true));
            }
            out.blank();
        } else {
            out.blank();
            checkSentences(paragraph.getText());
            out.line(LiteralText.lines(text));
            out.blank();
        }
        for (DrawingText drawing : converted.drawings()) {
            if (drawing instanceof SmartArtWords diagram) diagram(diagram);
            else if (drawing instanceof ChartTable chart) chart(chart);
        }
    }

    /** A SmartArt diagram's words as a list, after the FILL IN that asks a person to check them. */
    private void diagram(SmartArtWords diagram) {
        endQuote();
        out.blank();
        if (lastList != null) out.line("//-");
        for (SmartArtWords.Item item : diagram.items()) {
            out.line((diagram.inOrder() ? "." : "*").repeat(Math.min(item.depth(), DEEPEST_LIST)) + " "
                    + LiteralText.lines(LiteralText.inline(item.words())));
        }
        out.blank();
        lastList = SMARTART_LIST;
    }

    private int level(XWPFParagraph paragraph) {
        return kinds.isTitle(paragraph) ? 1 : kinds.headingLevel(paragraph);
    }

    private static boolean isOnlyPictures(InlineText.Converted converted) {
        return !converted.pictures().isEmpty()
                && converted
                        .text()
                        .equals(converted.pictures().stream()
                                .map(p -> p.macro(false))
                                .collect(Collectors.joining(" ")));
    }

    private void heading(int level, XWPFParagraph paragraph, InlineText.Converted converted) {
        out.nowUnder(paragraph.getText());
        out.blank();
        out.line("=".repeat(level) + " "
                + LiteralText.title(
                        converted.text().replace(InlineText.HARD_BREAK, " ").replaceAll("\\*\\*|__", "")));
        out.blank();
    }

    private void endQuote() {
        if (!inQuote) return;
        out.line("____");
        out.blank();
        inQuote = false;
    }

    private void table(XWPFTable table) {
        endQuote();
        List<XWPFTableRow> rows = table.getRows();
        if (rows.isEmpty()) return;
        List<List<XWPFTableCell>> cellsByRow = rows.stream().map(blocks::cells).toList();
        int columns = cellsByRow.stream()
                .mapToInt(row -> row.stream().mapToInt(BodyConverter::span).sum())
                .max()
                .orElse(1);
        out.blank();
        boolean header = rows.get(0).isRepeatHeader() || looksLikeHeaderRow(cellsByRow.get(0));
        out.line("[%header]");
        out.line("|===");
        if (!header) {
            out.noteNext("A table has no header row: Haven added one saying FILL IN. Write a heading for each column "
                    + "(in Word: Table Properties > Row > Repeat as header row).");
            out.line(cells(columns, PageHeaderDraft.FILL_IN + ": column heading"));
        }
        for (List<XWPFTableCell> row : cellsByRow) {
            boolean headerRow = header && row == cellsByRow.get(0);
            List<String> cells = new ArrayList<>();
            int width = 0;
            for (XWPFTableCell cell : row) {
                int span = span(cell);
                width += span;
                // A header row is bold already: marks would only clutter the source.
                String words = headerRow ? cell(cell).replace("**", "") : cell(cell);
                cells.add(((span > 1 ? span + "+" : "") + "| " + words).strip());
            }
            if (width < columns) {
                out.noteNext(
                        "A table row has fewer cells than the others: Haven gave it empty ones so the columns line up. Check the row.");
                while (width++ < columns) cells.add("|");
            }
            out.line(String.join(" ", cells));
        }
        out.line("|===");
        out.blank();
    }

    /** How many columns a cell spans: merged cells span more than one. */
    private static int span(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        return properties == null || properties.getGridSpan() == null
                ? 1
                : Math.max(1, properties.getGridSpan().getVal().intValue());
    }

    private static String cells(int columns, String words) {
        return ("| " + words + " ").repeat(columns).strip();
    }

    private String cell(XWPFTableCell cell) {
        return blocks.inCell(cell).stream()
                .map(inline::of)
                .map(BodyConverter::inCell)
                .filter(s -> !s.isEmpty())
                .map(LiteralText::lines)
                .collect(Collectors.joining(" "));
    }

    /** A paragraph's text in a table cell, where a drawing's words or numbers follow it on the same line. */
    private static String inCell(InlineText.Converted converted) {
        StringBuilder text = new StringBuilder(converted.text());
        for (DrawingText drawing : converted.drawings())
            for (String part : drawing.inOneLine())
                text.append(' ').append(LiteralText.inline(part)).append(';');
        return text.toString().replaceFirst(";$", "");
    }

    /** A chart's numbers as a table, after the FILL IN that asks a person to check them and name its first column. */
    private void chart(ChartTable chart) {
        endQuote();
        out.blank();
        out.line("[%header]");
        out.line("|===");
        out.line(tableRow(PageHeaderDraft.FILL_IN + ": name this column", chart.series()));
        for (ChartTable.Row row : chart.rows()) out.line(tableRow(row.category(), row.values()));
        out.line("|===");
        out.blank();
        lastList = null;
    }

    private static String tableRow(String first, List<String> others) {
        StringBuilder row = new StringBuilder("| ").append(LiteralText.inline(first));
        for (String cell : others) row.append(" | ").append(LiteralText.inline(cell));
        return row.toString().strip();
    }

    /** A header row as people make one when Word does not mark it (repeat as header row): every cell bold, or in a heading style. */
    private boolean looksLikeHeaderRow(List<XWPFTableCell> row) {
        List<XWPFParagraph> written = row.stream()
                .flatMap(c -> blocks.inCell(c).stream())
                .filter(p -> !p.getText().isBlank())
                .toList();
        // A row with no words is no header, however it looks.
        return !written.isEmpty()
                && written.stream()
                        .allMatch(p -> kinds.styleName(p).contains("heading")
                                || p.getRuns().stream()
                                        .filter(r -> !r.text().isBlank())
                                        .allMatch(r -> r.isBold()));
    }

    private void checkSentences(String text) {
        for (String sentence : SENTENCE_END.split(text.strip())) {
            int words = sentence.isBlank() ? 0 : sentence.strip().split("\\s+").length;
            if (words > LONG_SENTENCE_WORDS) {
                out.noteNext("A sentence of " + words + " words (\""
                        + sentence.strip()
                                .substring(0, Math.min(40, sentence.strip().length()))
                        + "…\"): split it so it is easier to read.");
            }
        }
    }
}
