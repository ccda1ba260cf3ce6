package org.haven.wordimport;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * The document's paragraphs and tables in reading order, with what Word keeps inside other
 * things put in its place: the content of content controls (a template's boxes to fill in),
 * and the text of text boxes, after the paragraph they are anchored to.
 */
final class WordBlocks {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final QName PARAGRAPH = new QName(W, "p");
    private static final QName TABLE = new QName(W, "tbl");
    private static final QName CELL = new QName(W, "tc");
    private static final QName CONTENT_CONTROL = new QName(W, "sdt");
    private static final QName CONTROL_CONTENT = new QName(W, "sdtContent");
    private static final QName FALLBACK = new QName(MC, "Fallback");

    private static final String TEXT_BOXES = "declare namespace w='" + W + "' .//w:txbxContent";

    private final XWPFDocument document;
    /** Looking for text boxes paragraph by paragraph takes seconds in a long document: most have none. */
    private final boolean hasTextBoxes;

    WordBlocks(XWPFDocument document) {
        this.document = document;
        this.hasTextBoxes = document.getDocument().getBody().selectPath(TEXT_BOXES).length > 0;
    }

    /** The body's blocks: POI's own paragraphs and tables, each content control opened in its place. */
    List<IBodyElement> body() {
        List<IBodyElement> blocks = new ArrayList<>();
        int controls = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFSDT) {
                children(document.getDocument().getBody().getSdtArray(controls++), blocks);
            } else {
                blocks.add(element);
            }
        }
        return blocks;
    }

    /**
     * The blocks in the paragraph's text boxes. Word saves a text box twice, as a drawing and as
     * an older picture for older programs ({@code mc:Fallback}); the second copy is left out.
     */
    List<IBodyElement> inTextBoxes(XWPFParagraph paragraph) {
        List<IBodyElement> blocks = new ArrayList<>();
        if (!hasTextBoxes) return blocks;
        for (XmlObject box : paragraph.getCTP().selectPath(TEXT_BOXES)) {
            if (!isFallback(box)) children(box, blocks);
        }
        return blocks;
    }

    /** A table cell's paragraphs, those in its content controls too: a form's boxes are often in a table. */
    List<XWPFParagraph> inCell(XWPFTableCell cell) {
        List<IBodyElement> blocks = new ArrayList<>();
        children(cell.getCTTc(), blocks);
        return blocks.stream()
                .filter(XWPFParagraph.class::isInstance)
                .map(XWPFParagraph.class::cast)
                .toList();
    }

    /** A table row's cells, those inside content controls too (POI leaves those out). */
    List<XWPFTableCell> cells(XWPFTableRow row) {
        List<XWPFTableCell> cells = new ArrayList<>();
        cellsIn(row.getCtRow(), row, cells);
        return cells;
    }

    private void cellsIn(XmlObject container, XWPFTableRow row, List<XWPFTableCell> cells) {
        try (XmlCursor cursor = container.newCursor()) {
            if (!cursor.toFirstChild()) return;
            do {
                QName name = cursor.getName();
                if (CELL.equals(name)) {
                    CTTc cell = typed(cursor.getObject(), CTTc.class, CTTc.Factory::parse);
                    cells.add(new XWPFTableCell(cell, row, row.getTable().getBody()));
                } else if (CONTENT_CONTROL.equals(name) || CONTROL_CONTENT.equals(name)) {
                    cellsIn(cursor.getObject(), row, cells);
                }
            } while (cursor.toNextSibling());
        }
    }

    private static boolean isFallback(XmlObject box) {
        try (XmlCursor cursor = box.newCursor()) {
            while (cursor.toParent()) if (FALLBACK.equals(cursor.getName())) return true;
        }
        return false;
    }

    /** Paragraphs and tables directly in {@code container}, and those inside its content controls. */
    private void children(XmlObject container, List<IBodyElement> blocks) {
        try (XmlCursor cursor = container.newCursor()) {
            if (!cursor.toFirstChild()) return;
            do {
                QName name = cursor.getName();
                XmlObject child = cursor.getObject();
                if (PARAGRAPH.equals(name))
                    blocks.add(new XWPFParagraph(typed(child, CTP.class, CTP.Factory::parse), document));
                else if (TABLE.equals(name))
                    blocks.add(new XWPFTable(typed(child, CTTbl.class, CTTbl.Factory::parse), document));
                else if (CONTENT_CONTROL.equals(name) || CONTROL_CONTENT.equals(name)) children(child, blocks);
            } while (cursor.toNextSibling());
        }
    }

    private interface Parser<T> {
        T parse(org.w3c.dom.Node node, XmlOptions options) throws XmlException;
    }

    /** The element's own content read as the type, not the element wrapped inside one. */
    private static final XmlOptions ITS_CONTENT = new XmlOptions().setLoadReplaceDocumentElement(null);

    /**
     * The element as its schema type. Inside markup POI's schema does not know (a drawing's
     * text box), it is read as plain XML, and is read again as the type.
     */
    private static <T> T typed(XmlObject element, Class<T> type, Parser<T> parser) {
        try {
            return type.isInstance(element) ? type.cast(element) : parser.parse(element.getDomNode(), ITS_CONTENT);
        } catch (XmlException e) {
            throw new POIXMLException(e);
        }
    }
}
