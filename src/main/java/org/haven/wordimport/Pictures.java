package org.haven.wordimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObjectData;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTObject;

/**
 * The drawings in a run: pictures are taken out under {@code /images/<page-slug>/} with names
 * numbered in document order (the same document always gives the same names), keeping their
 * Word alt text. Charts and SmartArt, which a web page cannot show, are noted with their numbers
 * or words, for the page to show as a table or a list; linked pictures and embedded objects (a
 * worksheet, another document), which cannot be taken out, are noted.
 */
final class Pictures {
    private static final String SMARTART = "SmartArt diagram";
    private static final String CHART = "chart";
    private final String slug;
    private final AsciidocLines out;
    private final List<ExtractedImage> extracted = new ArrayList<>();

    Pictures(String slug, AsciidocLines out) {
        this.slug = slug;
        this.out = out;
    }

    /**
     * The pictures taken out of a run, what could not be taken out (said for the page), and the
     * words of its SmartArt diagrams and the numbers of its charts, for the page to show as lists and tables.
     */
    record InRun(List<Picture> pictures, List<String> missing, List<DrawingText> drawings) {}

    InRun in(XWPFRun run) {
        List<Picture> pictures = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<DrawingText> drawings = new ArrayList<>();
        List<XWPFPicture> embedded = run.getEmbeddedPictures();
        int next = 0;
        for (CTDrawing drawing : run.getCTR().getDrawingList()) {
            List<Placed> placed = new ArrayList<>();
            for (CTInline inline : drawing.getInlineList())
                placed.add(new Placed(inline.getDocPr(), inline.getGraphic()));
            for (CTAnchor anchor : drawing.getAnchorList())
                placed.add(new Placed(anchor.getDocPr(), anchor.getGraphic()));
            for (Placed one : placed) {
                String kind = one.kind();
                if (kind.equals("picture") && next < embedded.size()) {
                    XWPFPictureData data = embedded.get(next++).getPictureData();
                    if (data == null) {
                        missing.add("a picture linked from outside the document (" + one.name() + ") was here");
                        out.noteNext(
                                "A picture linked from outside the document (" + one.name() + ") was not imported: "
                                        + "put the picture in the document itself, or add it under assets/images/"
                                        + slug + "/ and refer to it here.");
                    } else {
                        pictures.add(extract(data, one.alt()));
                    }
                } else if (!kind.equals("picture") && !kind.equals("text box")) {
                    String named = kind + " (" + one.name() + ")";
                    Optional<DrawingText> read = read(kind, run, one);
                    read.ifPresent(drawings::add);
                    missing.add(read.map(r -> "a " + named + " was here. Its " + r.readAs() + " follow as a "
                                    + r.shownAs() + ": check them, and say in a sentence what it shows")
                            .orElse("a " + named + " was here: write what it shows"));
                    out.noteNext(read.map(r -> "A " + named + " " + out.place() + " cannot be shown on a web page: its "
                                    + r.readAs() + " became the " + r.shownAs() + " after the FILL IN. Check them "
                                    + "against the " + kind + ", and write what it shows in place of the FILL IN.")
                            .orElse("A " + named + " " + out.place() + " cannot be imported: make it a picture with "
                                    + "alt text, or write what it shows as text or a table, in place of the FILL IN."));
                }
            }
        }
        for (CTObject object : run.getCTR().getObjectList()) {
            String program = embeddedProgram(object);
            missing.add("an embedded " + program + " was here: write what it shows");
            out.noteNext("An embedded " + program + " " + out.place()
                    + " cannot be imported: write what it shows as text or a table, "
                    + "or save it as a file under assets/ and link to it.");
        }
        return new InRun(pictures, missing, drawings);
    }

    /** What can be read of a chart (its numbers) or a SmartArt diagram (its words) to write in its place. */
    private static Optional<DrawingText> read(String kind, XWPFRun run, Placed one) {
        POIXMLDocumentPart part = run.getParent().getPart();
        CTGraphicalObjectData data = one.graphic().getGraphicData();
        if (kind.equals(SMARTART)) return SmartArtWords.of(part, data).map(DrawingText.class::cast);
        if (kind.equals(CHART)) return ChartTable.of(part, data).map(DrawingText.class::cast);
        return Optional.empty();
    }

    /** What made an embedded object, by its OLE program name (Excel.Sheet.12 is "Excel object"). */
    private static String embeddedProgram(CTObject object) {
        for (XmlObject ole :
                object.selectPath("declare namespace o='urn:schemas-microsoft-com:office:office' .//o:OLEObject")) {
            var program = ole.getDomNode().getAttributes().getNamedItem("ProgID");
            if (program != null && !program.getNodeValue().isBlank())
                return program.getNodeValue().split("\\.")[0] + " object";
        }
        return "object";
    }

    private Picture extract(XWPFPictureData data, String alt) {
        String sitePath =
                "/images/" + slug + "/" + slug + "-" + (extracted.size() + 1) + "." + data.suggestFileExtension();
        extracted.add(new ExtractedImage(sitePath, data.getData()));
        if (alt.isBlank()) {
            out.noteNext(
                    "A picture has no alt text: write what it shows in place of FILL IN (or \"\" if it is only decoration).");
            return new Picture(sitePath, Picture.MISSING_ALT);
        }
        return new Picture(sitePath, alt);
    }

    List<ExtractedImage> extracted() {
        return extracted;
    }

    private record Placed(CTNonVisualDrawingProps properties, CTGraphicalObject graphic) {
        String kind() {
            String uri = graphic == null || graphic.getGraphicData() == null
                    ? ""
                    : graphic.getGraphicData().getUri();
            if (uri.endsWith("/picture")) return "picture";
            if (uri.contains("chart")) return CHART;
            if (uri.endsWith("/diagram")) return SMARTART;
            // Its words are imported where it is (WordBlocks).
            if (graphic.getGraphicData().toString().contains("txbxContent")) return "text box";
            return "drawing";
        }

        String alt() {
            if (properties == null) return "";
            String description = properties.getDescr();
            return description != null && !description.isBlank()
                    ? description.strip()
                    : properties.getTitle() == null ? "" : properties.getTitle().strip();
        }

        String name() {
            return properties == null || properties.getName() == null ? "unnamed" : "'" + properties.getName() + "'";
        }
    }
}
