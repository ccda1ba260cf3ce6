package org.haven.wordimport;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;

/** What a paragraph is by its Word style and, for headings faked with bold or large text, by its looks. */
final class ParagraphKind {
    private static final Pattern HEADING = Pattern.compile("heading ?(\\d)");
    private static final double LARGE_TEXT_POINTS = 14;

    private final XWPFDocument document;
    /** Word looks a style up by walking every style, and a numbering format by walking every list: once each is enough. */
    private final Map<String, String> styleNames = new HashMap<>();
    /** Reading a paragraph's style from its XML is slow, and each paragraph is asked several times what it is. */
    private final Map<XWPFParagraph, String> paragraphStyles = new IdentityHashMap<>();

    /** Each list's number format by level, read once: POI finds a paragraph's by walking every list. */
    private Map<BigInteger, Map<BigInteger, String>> numberFormats;

    ParagraphKind(XWPFDocument document) {
        this.document = document;
    }

    String styleName(XWPFParagraph paragraph) {
        return paragraphStyles.computeIfAbsent(paragraph, p -> {
            String id = p.getStyle();
            return id == null ? "" : styleNames.computeIfAbsent(id, this::styleName);
        });
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
        String format =
                numberFormats().getOrDefault(paragraph.getNumID(), Map.of()).get(paragraph.getNumIlvl());
        return format != null && !format.equals("bullet") && !format.equals("none");
    }

    /** As POI's {@code XWPFParagraph.getNumFmt} finds them: a list's first level of each number, in its first definition. */
    private Map<BigInteger, Map<BigInteger, String>> numberFormats() {
        if (numberFormats != null) return numberFormats;
        numberFormats = new HashMap<>();
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) return numberFormats;
        Map<BigInteger, CTAbstractNum> definitions = new HashMap<>();
        for (XWPFAbstractNum definition : numbering.getAbstractNums())
            definitions.putIfAbsent(definition.getAbstractNum().getAbstractNumId(), definition.getAbstractNum());
        for (XWPFNum list : numbering.getNums()) {
            CTNum number = list.getCTNum();
            CTAbstractNum definition = number.getAbstractNumId() == null
                    ? null
                    : definitions.get(number.getAbstractNumId().getVal());
            Map<BigInteger, String> levels = new HashMap<>();
            if (definition != null) {
                for (CTLvl level : definition.getLvlArray()) {
                    if (levels.containsKey(level.getIlvl())) continue;
                    levels.put(
                            level.getIlvl(),
                            level.getNumFmt() == null || level.getNumFmt().getVal() == null
                                    ? null
                                    : level.getNumFmt().getVal().toString());
                }
            }
            numberFormats.putIfAbsent(number.getNumId(), levels);
        }
        return numberFormats;
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
