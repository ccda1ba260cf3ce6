package org.haven.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The words of a SmartArt diagram, read from its data part (where Word keeps what was typed into
 * each shape), nested as the diagram nests them, and whether they are steps in order (a process
 * or a cycle) or only a set.
 */
record SmartArtWords(List<Item> items, boolean inOrder) implements DrawingText {
    private static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A shape's words, and how deep it sits: 1 for the diagram's top shapes, 2 for those under one. */
    record Item(int depth, String words) {}

    @Override
    public List<String> inOneLine() {
        return items.stream().map(Item::words).toList();
    }

    @Override
    public String readAs() {
        return "words";
    }

    @Override
    public String shownAs() {
        return inOrder ? "numbered list" : "list";
    }

    /** The words of the diagram drawn by {@code graphic} in {@code part}; empty when it has none or they cannot be read. */
    static Optional<SmartArtWords> of(POIXMLDocumentPart part, CTGraphicalObjectData graphic) {
        try {
            Optional<PackagePart> data = dataPart(part.getPackagePart(), graphic);
            if (data.isEmpty()) return Optional.empty();
            try (InputStream in = data.get().getInputStream()) {
                return Optional.of(read(in)).filter(w -> !w.items().isEmpty());
            }
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PackagePart> dataPart(PackagePart document, CTGraphicalObjectData graphic)
            throws InvalidFormatException {
        Node child = graphic.getDomNode().getFirstChild();
        while (child != null && !(child instanceof Element e && "relIds".equals(e.getLocalName())))
            child = child.getNextSibling();
        if (child == null) return Optional.empty();
        String id = ((Element) child).getAttributeNS(RELATIONSHIPS, "dm");
        PackageRelationship relationship = id.isEmpty() ? null : document.getRelationship(id);
        return relationship == null ? Optional.empty() : Optional.ofNullable(document.getRelatedPart(relationship));
    }

    private record Point(String type, String words, String layout) {}

    private record Link(String from, String to, int order) {}

    /** The words in a diagram's data part ({@code word/diagrams/data1.xml}; PowerPoint's are the same). */
    static SmartArtWords read(InputStream dataPart) throws IOException, SAXException {
        Document data = DocumentHelper.readDocument(dataPart);
        Map<String, Point> points = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        NodeList pointElements = data.getElementsByTagNameNS(DIAGRAM, "pt");
        for (int i = 0; i < pointElements.getLength(); i++) {
            Element point = (Element) pointElements.item(i);
            Point read = new Point(orDefault(point.getAttribute("type"), "node"), words(point), layout(point));
            points.put(point.getAttribute("modelId"), read);
            if (read.type().equals("doc")) roots.add(point.getAttribute("modelId"));
        }
        Map<String, List<Link>> children = new HashMap<>();
        NodeList links = data.getElementsByTagNameNS(DIAGRAM, "cxn");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (!orDefault(link.getAttribute("type"), "parOf").equals("parOf")) continue;
            Link read = new Link(
                    link.getAttribute("srcId"), link.getAttribute("destId"), order(link.getAttribute("srcOrd")));
            children.computeIfAbsent(read.from(), k -> new ArrayList<>()).add(read);
        }
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String root : roots) walk(root, 1, points, children, seen, items);
        // A diagram whose shapes hang from no root (a damaged or hand-made one): its words in the order saved.
        if (items.isEmpty())
            points.values().stream()
                    .filter(p -> p.type().equals("node") && !p.words().isBlank())
                    .forEach(p -> items.add(new Item(1, p.words())));
        boolean inOrder = roots.stream()
                .map(points::get)
                .anyMatch(root -> root.layout().toLowerCase(Locale.ROOT).matches(".*(process|cycle|chevron).*"));
        return new SmartArtWords(items, inOrder);
    }

    private static void walk(
            String id,
            int depth,
            Map<String, Point> points,
            Map<String, List<Link>> children,
            Set<String> seen,
            List<Item> items) {
        List<Link> under = new ArrayList<>(children.getOrDefault(id, List.of()));
        under.sort(Comparator.comparingInt(Link::order));
        for (Link link : under) {
            Point child = points.get(link.to());
            if (child == null
                    || !seen.add(link.to())
                    || !(child.type().equals("node") || child.type().equals("asst"))) continue;
            boolean said = !child.words().isBlank();
            if (said) items.add(new Item(depth, child.words()));
            walk(link.to(), said ? depth + 1 : depth, points, children, seen, items);
        }
    }

    /** A shape's words: its paragraphs' runs, the paragraphs joined by a space. */
    private static String words(Element point) {
        List<String> paragraphs = new ArrayList<>();
        NodeList texts = point.getElementsByTagNameNS(DIAGRAM, "t");
        for (int t = 0; t < texts.getLength(); t++) {
            NodeList paragraphElements = ((Element) texts.item(t)).getElementsByTagNameNS(DRAWING, "p");
            for (int p = 0; p < paragraphElements.getLength(); p++) {
                NodeList runs = ((Element) paragraphElements.item(p)).getElementsByTagNameNS(DRAWING, "t");
                StringBuilder words = new StringBuilder();
                for (int r = 0; r < runs.getLength(); r++)
                    words.append(runs.item(r).getTextContent());
                if (!words.toString().isBlank()) paragraphs.add(words.toString().strip());
            }
        }
        return String.join(" ", paragraphs).replaceAll("\\s+", " ");
    }

    /** The diagram's layout, as Word names it (urn:…/layout/process1): said on the diagram's own point. */
    private static String layout(Element point) {
        NodeList settings = point.getElementsByTagNameNS(DIAGRAM, "prSet");
        return settings.getLength() == 0 ? "" : ((Element) settings.item(0)).getAttribute("loTypeId");
    }

    private static String orDefault(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    private static int order(String number) {
        try {
            return number.isEmpty() ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
