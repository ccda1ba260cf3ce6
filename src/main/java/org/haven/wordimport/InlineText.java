package org.haven.wordimport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkup;

/** A paragraph's runs as AsciiDoc inline text: bold, italic, links (xref to this site's pages), footnotes, pictures. */
final class InlineText {
    /** A line break inside a paragraph (Shift+Enter in Word), as in an address. */
    static final String HARD_BREAK = " +\n";

    private final XWPFDocument document;
    private final SiteLinks siteLinks;
    private final ContactPhones phones;
    private final Pictures pictures;
    private final AsciidocLines out;

    InlineText(XWPFDocument document, SiteLinks siteLinks, ContactPhones phones, Pictures pictures, AsciidocLines out) {
        this.document = document;
        this.siteLinks = siteLinks;
        this.phones = phones;
        this.pictures = pictures;
        this.out = out;
    }

    /**
     * The paragraph's text, the pictures found in it (as inline macros in the text too), and the
     * words and numbers of the drawings in it a page cannot show, which the text says follow it.
     */
    record Converted(String text, List<Picture> pictures, List<DrawingText> drawings) {}

    Converted of(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        List<Picture> found = new ArrayList<>();
        List<DrawingText> drawings = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        String linkUrl = null;
        StringBuilder linkText = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            // A content control inside a line (a box to fill in): its words, without their looks.
            if (element instanceof XWPFSDT control)
                spans.add(new Span(control.getContent().getText(), false, false));
            if (!(element instanceof XWPFRun run)) continue;
            String url = linkOf(run);
            if (linkUrl != null && !linkUrl.equals(url)) {
                flush(spans, text);
                text.append(link(linkUrl, linkText.toString()));
                linkText.setLength(0);
                linkUrl = null;
            }
            if (url != null) {
                linkUrl = url;
                linkText.append(plain(run));
            } else {
                spans.add(new Span(plain(run), run.isBold(), run.isItalic()));
            }
            Pictures.InRun pictured = pictures.in(run);
            if (!pictured.pictures().isEmpty() || !pictured.missing().isEmpty()) {
                flush(spans, text);
                found.addAll(pictured.pictures());
                drawings.addAll(pictured.drawings());
                text.append(
                        pictured.pictures().stream().map(p -> p.macro(false)).collect(Collectors.joining(" ")));
                pictured.missing().forEach(missing -> text.append(" ")
                        .append(PageHeaderDraft.FILL_IN)
                        .append(": ")
                        .append(LiteralText.inline(missing))
                        .append(". "));
            }
            noteComments(run);
            String footnotes = footnotes(run);
            if (!footnotes.isEmpty()) {
                flush(spans, text);
                text.append(footnotes);
            }
        }
        flush(spans, text);
        if (linkUrl != null) text.append(link(linkUrl, linkText.toString()));
        return new Converted(
                text.toString().strip().replaceFirst("( \\+)+$", "").strip(), found, drawings);
    }

    private String linkOf(XWPFRun run) {
        if (!(run instanceof XWPFHyperlinkRun linked)) return null;
        XWPFHyperlink hyperlink = linked.getHyperlink(document);
        return hyperlink == null
                        || hyperlink.getURL() == null
                        || hyperlink.getURL().isBlank()
                ? null
                : hyperlink.getURL().strip();
    }

    private String link(String url, String words) {
        String text =
                LiteralText.linkWords(words.isBlank() ? url : words.strip().replace('\n', ' '));
        var xref = siteLinks.xrefFor(url);
        if (xref.isPresent()) {
            out.noteNext("A link to " + url + " became xref:" + xref.get() + ", so it follows the page if it moves.");
            return "xref:" + xref.get() + "[" + text + "]";
        }
        if (siteLinks.isOnThisSite(url)) {
            out.noteNext("A link goes to " + url + " on this site, but Haven has no page there: check the address.");
        }
        if (url.startsWith("mailto:")) return url + "[" + text + "]";
        return "link:" + url.replace(" ", "%20").replace("[", "%5B").replace("]", "%5D") + "[" + text + "]";
    }

    /** A reviewer's comment is about the draft, not part of the page: it is said to the person importing, by its line. */
    private void noteComments(XWPFRun run) {
        for (CTMarkup reference : run.getCTR().getCommentReferenceList()) {
            XWPFComment comment = document.getCommentByID(reference.getId().toString());
            if (comment == null) continue;
            out.noteNext("A comment by " + (comment.getAuthor() == null ? "someone" : comment.getAuthor())
                    + " was not imported: \"" + ImportNote.shortened(comment.getText())
                    + "\". Act on it here if it matters.");
        }
    }

    /** The run's footnotes and endnotes, each as a footnote: a web page has no end but the page's. */
    private String footnotes(XWPFRun run) {
        StringBuilder notes = new StringBuilder();
        for (CTFtnEdnRef reference : run.getCTR().getFootnoteReferenceList())
            notes.append(footnote(document.getFootnoteByID(reference.getId().intValue())));
        for (CTFtnEdnRef reference : run.getCTR().getEndnoteReferenceList())
            notes.append(footnote(document.getEndnoteByID(reference.getId().intValue())));
        return notes.toString();
    }

    private static String footnote(XWPFAbstractFootnoteEndnote note) {
        if (note == null) return "";
        String words = note.getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        return "footnote:[" + LiteralText.bracketed(words.replace('\n', ' ')) + "]";
    }

    /** The run's words as typed, with tabs and no-break spaces as plain spaces; a text box's words are its own block. */
    private static String plain(XWPFRun run) {
        String boxed = run.getPictureText();
        String text = boxed.isEmpty() ? run.text() : run.text().replace("\n" + boxed + "\n", "");
        return text.replaceAll("\\[(footnote|endnote)Ref:\\d+]", "")
                .replace('\t', ' ')
                .replace('\u00a0', ' ');
    }

    /** Words as AsciiDoc that shows them as typed, a contact's number as its attribute, a line break kept. */
    private String asciidoc(String words) {
        return phones.replaceIn(
                        words,
                        LiteralText::inline,
                        (written, contact) -> out.noteNext("The number " + written + " is " + contact.name()
                                + "'s: it became {contact-" + contact.id()
                                + "-phone}, so the page changes when data/site.yaml does."))
                .replace("\n", HARD_BREAK);
    }

    private record Span(String text, boolean bold, boolean italic) {}

    /** Writes the spans waiting, runs of the same look together: what AsciiDoc reads across runs (-- split in two) is seen whole. */
    private void flush(List<Span> spans, StringBuilder text) {
        int i = 0;
        while (i < spans.size()) {
            Span first = spans.get(i);
            StringBuilder words = new StringBuilder();
            while (i < spans.size()
                    && spans.get(i).bold() == first.bold()
                    && spans.get(i).italic() == first.italic()) {
                words.append(spans.get(i++).text());
            }
            text.append(marked(asciidoc(words.toString()), first.bold(), first.italic()));
        }
        spans.clear();
    }

    /** Bold and italic marks hug the words: spaces around them stay outside, or AsciiDoc would not see the marks. */
    private static String marked(String words, boolean bold, boolean italic) {
        String inner = words.strip();
        if (inner.isEmpty() || !bold && !italic) return words;
        String lead = words.substring(0, words.indexOf(inner.charAt(0)));
        String trail = words.substring(words.lastIndexOf(inner.charAt(inner.length() - 1)) + 1);
        String marked = inner;
        if (italic) marked = "__" + marked + "__";
        if (bold) marked = "**" + marked + "**";
        return lead + marked + trail;
    }
}
