package org.haven.wordimport;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/** What a paragraph is by its Word style and, for headings faked with bold or large text, by its looks. */
final class ParagraphKind {
    private static final Pattern HEADING = Pattern.compile("heading ?(\\d)");
    private static final double LARGE_TEXT_POINTS = 14;

    private final XWPFDocument document;
    /** Word looks a style up by walking every style, and a numbering format by walking every list: once each is enough. */
    private final Map<String, String> styleNames = new HashMap<>();

    private final Map<List<BigInteger>, Boolean> numbered = new HashMap<>();

    ParagraphKind(XWPFDocument document) {
        this.document = document;
    }

    String styleName(XWPFParagraph paragraph) {
        String id = paragraph.getStyle();
        return id == null ? "" : styleNames.computeIfAbsent(id, this::styleName);
    }

    private String styleName(String id) {
        XWPFStyle style =
                document.getStyles() == null ? null : document.getStyles().getStyle(id);
        return (style != null && style.getName() != null ? style.getName() : id).toLowerCase(Locale.ROOT);
    }

    boolean isTitle(XWPFParagraph paragraph) {
        return styleName(paragraph).equals("title");
    }

    /** Word's heading level (1 for Heading 1), or 0. */
    int headingLevel(XWPFParagraph paragraph) {
        Matcher heading = HEADING.matcher(styleName(paragraph));
        return heading.matches() ? Integer.parseInt(heading.group(1)) : 0;
    }

    boolean isQuote(XWPFParagraph paragraph) {
        String style = styleName(paragraph);
        return style.contains("quot") || style.equals("block text");
    }

    boolean isListItem(XWPFParagraph paragraph) {
        return paragraph.getNumID() != null && paragraph.getNumID().intValue() != 0;
    }

    boolean isNumbered(XWPFParagraph paragraph) {
        return numbered.computeIfAbsent(Arrays.asList(paragraph.getNumID(), paragraph.getNumIlvl()), key -> {
            String format = paragraph.getNumFmt();
            return format != null && !format.equals("bullet") && !format.equals("none");
        });
    }

    /** A short line of its own, all bold or all large, with no full stop: someone's way of making a heading. */
    boolean looksLikeHeading(XWPFParagraph paragraph) {
        String text = paragraph.getText().strip();
        if (text.isEmpty() || text.length() > 90 || text.matches(".*[.:;,]$")) return false;
        boolean allBold = true;
        boolean allLarge = true;
        boolean anyText = false;
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.text().isBlank()) continue;
            anyText = true;
            allBold &= run.isBold();
            allLarge &= isLarge(run);
        }
        return anyText && (allBold || allLarge);
    }

    boolean isLarge(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().filter(r -> !r.text().isBlank()).allMatch(this::isLarge);
    }

    private boolean isLarge(XWPFRun run) {
        Double size = run.getFontSizeAsDouble();
        return size != null && size >= LARGE_TEXT_POINTS;
    }
}
