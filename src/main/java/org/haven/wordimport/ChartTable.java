package org.haven.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObjectData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A chart's numbers, as the chart part keeps them (the values Word last drew): a row for each
 * category, a column for each series. A table says what a chart shows to everyone, a screen
 * reader's user too.
 */
record ChartTable(List<String> series, List<Row> rows) implements DrawingText {
    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Enough for any figure a chart shows, and few enough to drop a float's noise (4.4000000000000004). */
    private static final MathContext FIGURES = new MathContext(12);

    /** One category (a bar's label, a point on the axis) and each series' value for it ("" where it has none). */
    record Row(String category, List<String> values) {}

    @Override
    public String readAs() {
        return "numbers";
    }

    @Override
    public String shownAs() {
        return "table";
    }

    @Override
    public List<String> inOneLine() {
        return rows.stream()
                .map(row -> row.category() + ": " + String.join(", ", row.values()))
                .toList();
    }

    /** The numbers of the chart drawn by {@code graphic} in {@code part}; empty when they cannot be read. */
    static Optional<ChartTable> of(POIXMLDocumentPart part, CTGraphicalObjectData graphic) {
        try {
            Optional<PackagePart> chart = chartPart(part.getPackagePart(), graphic);
            if (chart.isEmpty()) return Optional.empty();
            try (InputStream in = chart.get().getInputStream()) {
                return read(in);
            }
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PackagePart> chartPart(PackagePart document, CTGraphicalObjectData graphic)
            throws InvalidFormatException {
        Node child = graphic.getDomNode().getFirstChild();
        while (child != null && !(child instanceof Element e && "chart".equals(e.getLocalName())))
            child = child.getNextSibling();
        if (child == null) return Optional.empty();
        String id = ((Element) child).getAttributeNS(RELATIONSHIPS, "id");
        PackageRelationship relationship = id.isEmpty() ? null : document.getRelationship(id);
        return relationship == null ? Optional.empty() : Optional.ofNullable(document.getRelatedPart(relationship));
    }

    /** The table in a chart part; empty for a chart with no categories (a scatter chart) or no series. */
    static Optional<ChartTable> read(InputStream chartPart) throws IOException, SAXException {
        Document chart = DocumentHelper.readDocument(chartPart);
        List<String> names = new ArrayList<>();
        Map<String, Map<Integer, String>> valuesByCategory = new LinkedHashMap<>();
        NodeList series = chart.getElementsByTagNameNS(CHART, "ser");
        for (int s = 0; s < series.getLength(); s++) {
            Element one = (Element) series.item(s);
            Map<Integer, String> categories = points(child(one, "cat"));
            Map<Integer, String> values = points(child(one, "val"));
            if (categories.isEmpty() || values.isEmpty()) return Optional.empty();
            String name = text(child(one, "tx"));
            names.add(name.isBlank() ? "Series " + (s + 1) : name);
            for (Map.Entry<Integer, String> category : categories.entrySet()) {
                valuesByCategory
                        .computeIfAbsent(category.getValue(), c -> new TreeMap<>())
                        .put(s, figure(values.getOrDefault(category.getKey(), "")));
            }
        }
        if (names.isEmpty()) return Optional.empty();
        List<Row> rows = new ArrayList<>();
        valuesByCategory.forEach((category, values) -> {
            List<String> row = new ArrayList<>();
            for (int s = 0; s < names.size(); s++) row.add(values.getOrDefault(s, ""));
            rows.add(new Row(category, row));
        });
        return Optional.of(new ChartTable(names, rows));
    }

    /** A series' points by their index, from the cache Word keeps beside a reference to a worksheet. */
    private static Map<Integer, String> points(Element data) {
        Map<Integer, String> points = new TreeMap<>();
        if (data == null) return points;
        NodeList list = data.getElementsByTagNameNS(CHART, "pt");
        for (int p = 0; p < list.getLength(); p++) {
            Element point = (Element) list.item(p);
            try {
                points.put(
                        Integer.parseInt(point.getAttribute("idx")), text(point).strip());
            } catch (NumberFormatException e) {
                // A point without its place cannot be put in a row.
            }
        }
        return points;
    }

    private static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && CHART.equals(e.getNamespaceURI()) && name.equals(e.getLocalName()))
                return e;
        }
        return null;
    }

    /** The words of an element's {@code c:v} values, run together. */
    private static String text(Element element) {
        if (element == null) return "";
        StringBuilder text = new StringBuilder();
        NodeList values = element.getElementsByTagNameNS(CHART, "v");
        for (int v = 0; v < values.getLength(); v++) text.append(values.item(v).getTextContent());
        return text.toString().strip();
    }

    private static String figure(String value) {
        try {
            return new BigDecimal(value).round(FIGURES).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
