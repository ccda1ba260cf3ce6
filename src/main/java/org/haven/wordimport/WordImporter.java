package org.haven.wordimport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.haven.content.Contact;
import org.haven.content.PageType;
import org.haven.content.Slugs;

/**
 * Converts one Word document into a draft page: {@code page} is where the page will be
 * written (it names the pictures' folder and the base of {@code xref:} links).
 */
public final class WordImporter {
    private final String siteUrl;
    private final Path contentFolder;
    private final List<Contact> contacts;

    public WordImporter(String siteUrl, Path contentFolder, List<Contact> contacts) {
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        this.contentFolder = contentFolder;
        this.contacts = contacts;
    }

    /**
     * Converts the document; {@code pageForTitle} says where the page will go, given the document's
     * title (or its file name when it has none); {@code typeAttributes} are the header lines the type needs.
     */
    public DraftPage convert(
            Path docx, PageType type, String typeAttributes, Function<String, Path> pageForTitle, LocalDate today) {
        try (XWPFDocument document = WordFile.open(docx)) {
            return convert(document, docx, type, typeAttributes, pageForTitle, today);
        } catch (org.apache.poi.ooxml.POIXMLException e) {
            throw new WordImportException(docx.getFileName() + " has a part Haven could not read (" + e.getMessage()
                    + "). Open it in Word, save it again as .docx, and import that copy.");
        } catch (IOException e) {
            throw new WordImportException(
                    docx.getFileName() + " could not be closed after reading (" + e.getMessage() + ").");
        }
    }

    private DraftPage convert(
            XWPFDocument document,
            Path docx,
            PageType type,
            String typeAttributes,
            Function<String, Path> pageForTitle,
            LocalDate today) {
        ParagraphKind kinds = new ParagraphKind(document);
        XWPFParagraph titleParagraph = titleParagraph(document, kinds).orElse(null);
        Optional<String> title = title(document, titleParagraph);
        String pageTitle = title.orElse(docx.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        Path page = pageForTitle.apply(pageTitle);
        String slug = Slugs.slug(page.getFileName().toString().replaceFirst("\\.adoc$", ""));
        AsciidocLines body = new AsciidocLines();
        Pictures pictures = new Pictures(slug, body);
        InlineText inline = new InlineText(
                document, new SiteLinks(siteUrl, contentFolder, page), new ContactPhones(contacts), pictures, body);
        if (title.isEmpty())
            body.noteWholePage("The document has no title or heading: the file name was used as the title. Check it.");
        noteHeadersAndFooters(document, body);
        WordBlocks blocks = new WordBlocks(document);
        new BodyConverter(blocks, kinds, inline, body).convert(blocks.body(), titleParagraph);

        if (body.text().contains("&#"))
            body.noteWholePage("Characters AsciiDoc would read as formatting (such as * or _) are written as codes "
                    + "like &#42; so that the page shows them as typed: leave them as they are.");
        PageHeaderDraft header = new PageHeaderDraft(
                pageTitle, type, typeAttributes, today, owner(document), firstParagraph(document, kinds));
        String headerText = header.text();
        int headerLines = (int) headerText.chars().filter(c -> c == '\n').count();
        List<ImportNote> notes = new ArrayList<>();
        for (ImportNote note : body.notes()) notes.add(note.movedDown(headerLines));
        return new DraftPage(page, headerText + body.text().stripTrailing() + "\n", pictures.extracted(), notes);
    }

    /** A page header or footer repeats on paper (a title, a page number, OFFICIAL); a web page has none. */
    private static void noteHeadersAndFooters(XWPFDocument document, AsciidocLines body) {
        Stream.concat(said(document.getHeaderList(), "header"), said(document.getFooterList(), "footer"))
                .distinct()
                .forEach(said -> body.noteWholePage(said + ": it was not imported, as a web page has no page "
                        + "header or footer. Put it in the page if it matters."));
    }

    private static Stream<String> said(List<? extends XWPFHeaderFooter> parts, String which) {
        return parts.stream()
                .map(XWPFHeaderFooter::getText)
                .filter(words -> !words.isBlank())
                .map(words -> "The page " + which + " says \"" + ImportNote.shortened(words) + "\"");
    }

    private static Optional<String> title(XWPFDocument document, XWPFParagraph titleParagraph) {
        String property = document.getProperties().getCoreProperties().getTitle();
        if (property != null && !property.isBlank()) return Optional.of(property.strip());
        return Optional.ofNullable(titleParagraph).map(p -> p.getText().strip());
    }

    /** The paragraph that becomes the page title and so leaves the body: a Title-styled one, else the first heading. */
    private static Optional<XWPFParagraph> titleParagraph(XWPFDocument document, ParagraphKind kinds) {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        Optional<XWPFParagraph> titled = paragraphs.stream()
                .filter(kinds::isTitle)
                .filter(p -> !p.getText().isBlank())
                .findFirst();
        if (titled.isPresent()) return titled;
        return paragraphs.stream()
                .filter(p -> kinds.headingLevel(p) > 0 && !p.getText().isBlank())
                .findFirst()
                .filter(first -> kinds.headingLevel(first) == 1);
    }

    private static String firstParagraph(XWPFDocument document, ParagraphKind kinds) {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p
                    && !p.getText().isBlank()
                    && kinds.headingLevel(p) == 0
                    && !kinds.isTitle(p)
                    && !kinds.looksLikeHeading(p)
                    && !kinds.isListItem(p)) {
                return p.getText().strip();
            }
        }
        return "";
    }

    private static String owner(XWPFDocument document) {
        POIXMLProperties properties = document.getProperties();
        var custom = properties.getCustomProperties();
        if (custom != null && custom.getProperty("Owner") != null) {
            String value = custom.getProperty("Owner").getLpwstr();
            if (value != null && !value.isBlank()) return value.strip();
        }
        String company = properties.getExtendedProperties().getCompany();
        return company == null ? "" : company.strip();
    }
}
