package org.haven.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.haven.bake.AsciidocEngine;
import org.haven.content.PageType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Whatever a person types in Word, the page shows the same words: random text full of what
 * AsciiDoc reads as markup (* _ # ` + [ ] << {name} // at a line's start, 1. and . and - and = at a
 * line's start, | in a table, :: and the rest) goes through haven import and Haven's AsciiDoc
 * conversion, and each heading, paragraph, list item, quote, table cell, link and footnote reads
 * back as typed. Only a typewriter apostrophe inside a word may become a curly one, as Word's own
 * AutoCorrect makes it.
 */
class WordTextReadsBackTest {
    private static final int DOCUMENTS = 120;
    private static final String LINK = "https://www.example.net/page";

    /** Words, and what AsciiDoc gives a meaning: alone, in pairs, at a line's start, as macros. */
    private static final List<String> PIECES = List.of(
            "child",
            "safe",
            "Level",
            "3",
            "worried",
            "phone",
            "x",
            "2024",
            "a",
            "I",
            "iv",
            "NOTE",
            "TIP",
            "*",
            "_",
            "`",
            "#",
            "+",
            "^",
            "~",
            "\\",
            "{",
            "}",
            "[",
            "]",
            "|",
            "<",
            ">",
            "&",
            "-",
            "=",
            ".",
            ":",
            ";",
            "(",
            ")",
            "'",
            "\"",
            "!",
            ",",
            "/",
            "$",
            "%",
            "@",
            "?",
            "\u2022",
            "\u2019",
            "\u00a3",
            "--",
            "---",
            "...",
            "->",
            "=>",
            "<-",
            "<=",
            "(C)",
            "(R)",
            "(TM)",
            "::",
            ":::",
            ";;",
            "((",
            "))",
            "$$",
            "++",
            "+++",
            "**",
            "__",
            "##",
            "``",
            "^^",
            "~~",
            "{empty}",
            "{contact-front-door-phone}",
            "{nbsp}",
            "&#42;",
            "&amp;",
            "&lt;",
            "<<top>>",
            "<<top,Top>>",
            "[[id]]",
            "[#id]#x#",
            "footnote:[x]",
            "pass:[y]",
            "link:x[y]",
            "image:x.png[]",
            "kbd:[Ctrl]",
            "xref:a.adoc[b]",
            "https://example.org/a_b",
            "<https://example.org>",
            "name@example.org",
            "include::x.adoc[]",
            "ifdef::x[]",
            "endif::[]",
            "NOTE:",
            "1.",
            "12.",
            "a.",
            "iv)",
            "* ",
            "- ",
            ". ",
            ".Title",
            "//",
            "////",
            "====",
            "----",
            "|===",
            "'''",
            "<<<",
            ":name:",
            ":name: value",
            "[.role]",
            "[source]",
            "+\n",
            "\"`",
            "`\"",
            "'`",
            "`'",
            "C++",
            "18+",
            "A+B",
            "a*b*c",
            "_a_",
            "*a*",
            "#a#",
            "`a`",
            "^a^",
            "~a~",
            "+a+");

    /** What AsciiDoc reads as block syntax when a line starts with it. */
    private static final List<String> LINE_STARTS = List.of(
            "* ",
            "- ",
            ". ",
            "1. ",
            "a. ",
            "iv) ",
            "\u2022 ",
            "= ",
            "== ",
            "// ",
            "////",
            ".Title ",
            ":name: ",
            "[source] ",
            "NOTE: ",
            "> ",
            "'''",
            "<<<",
            "----",
            "====",
            "|===",
            "+",
            "--",
            "#",
            "include::x[] ",
            " ",
            "term:: ",
            ",===",
            "!===",
            ":===",
            "'",
            "; ",
            ".5 ",
            "/",
            "> ",
            "'''",
            "```");

    @TempDir
    Path folder;

    @Test
    void everyBlockOfRandomTextReadsBackAsTyped() throws IOException {
        Files.createDirectories(folder.resolve("content"));
        WordImporter importer = new WordImporter("https://www.example.org.uk", folder.resolve("content"), List.of());
        for (int seed = 1; seed <= DOCUMENTS; seed++) {
            Random random = new Random(seed);
            Typed typed = new Typed(random);
            Path docx = folder.resolve("random-" + seed + ".docx");
            typed.writeTo(docx);
            Path page = folder.resolve("content/random-" + seed + ".adoc");
            DraftPage draft = importer.convert(docx, PageType.PAGE, "", title -> page, LocalDate.of(2026, 11, 30));
            String html = AsciidocEngine.convert(page, draft.asciidoc(), folder, Map.of())
                    .html();
            Document shown = Jsoup.parseBodyFragment(html);
            shown.select("sup.footnote").remove();
            shown.select("div.footnote > a:first-child").remove();
            String context = "seed " + seed + "\n--- AsciiDoc ---\n" + draft.asciidoc() + "\n--- HTML ---\n" + html;
            assertEquals(typed.headings, texts(shown, "h2"), "headings, " + context);
            assertEquals(
                    typed.paragraphs, texts(shown, "div.paragraph:not(blockquote *) > p"), "paragraphs, " + context);
            assertEquals(typed.listItems, texts(shown, "li > p"), "list items, " + context);
            assertEquals(typed.quoted, texts(shown, "blockquote p"), "quotes, " + context);
            assertEquals(typed.cells, texts(shown, "tbody td"), "table cells, " + context);
            assertEquals(typed.links, texts(shown, "a[href=" + LINK + "]"), "links, " + context);
            assertEquals(
                    typed.footnotes,
                    texts(shown, "div.footnote").stream()
                            .map(text -> text.replaceFirst("^\\. ", "")) // after the footnote's number
                            .toList(),
                    "footnotes, " + context);
            assertEquals(
                    asRead("Random words: " + typed.title),
                    titleShown(draft.asciidoc().lines().findFirst().orElseThrow(), page),
                    "the page title, " + context);
        }
    }

    /** The words each element shows, as a reader sees them, spaces as one. */
    private static List<String> texts(Document shown, String selector) {
        return shown.select(selector).stream()
                .map(Element::text)
                .map(WordTextReadsBackTest::asRead)
                .toList();
    }

    private static String asRead(String text) {
        return text.replace('\u2019', '\'')
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The document title line's words as Asciidoctor shows a title. */
    private String titleShown(String line, Path page) {
        String html = AsciidocEngine.convert(page, "== " + line.substring(2), folder, Map.of())
                .html();
        return asRead(Jsoup.parseBodyFragment(html).select("h2").text());
    }

    /** A Word document of random text, and the words each of its blocks holds. */
    private static final class Typed {
        final Random random;
        final String title;
        final List<String> headings = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<String> listItems = new ArrayList<>();
        final List<String> quoted = new ArrayList<>();
        final List<String> cells = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();
        private final List<Function<XWPFDocument, Void>> blocks = new ArrayList<>();
        private BigInteger bullets;

        Typed(Random random) {
            this.random = random;
            this.title = words(false);
            for (int i = 0; i < 8; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> heading();
                    case 1 -> listItem();
                    case 2 -> quote();
                    case 3 -> table();
                    default -> paragraph();
                }
            }
        }

        /** Random text that starts, often, with what would start a block, and holds no control characters. */
        String words(boolean lineBreaks) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(3) == 0) text.append(LINE_STARTS.get(random.nextInt(LINE_STARTS.size())));
            int count = 2 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                String piece = PIECES.get(random.nextInt(PIECES.size()));
                if (!lineBreaks) piece = piece.replace('\n', ' ');
                text.append(piece);
                if (random.nextBoolean()) text.append(' ');
                if (lineBreaks && random.nextInt(8) == 0)
                    text.append('\n').append(LINE_STARTS.get(random.nextInt(LINE_STARTS.size())));
            }
            // A word of letters, so no block is blank or only a number.
            return text.append(" end").toString();
        }

        private void heading() {
            String words = words(false);
            headings.add(asRead(words));
            blocks.add(document -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle("Heading2");
                paragraph.createRun().setText(words);
                return null;
            });
        }

        /** A paragraph of plain words, some in bold, a link and a footnote. */
        private void paragraph() {
            String before = words(true);
            String bold = words(false);
            String linked = words(false);
            String note = words(false);
            paragraphs.add(asRead(before + " " + bold + " " + linked));
            links.add(asRead(linked));
            footnotes.add(asRead(note));
            blocks.add(document -> {
                XWPFParagraph paragraph = document.createParagraph();
                runs(paragraph, before + " ");
                XWPFRun strong = paragraph.createRun();
                strong.setBold(true);
                strong.setText(bold + " ");
                paragraph.createHyperlinkRun(LINK).setText(linked);
                XWPFFootnote footnote = document.createFootnote();
                footnote.createParagraph().createRun().setText(note);
                paragraph.addFootnoteReference(footnote);
                return null;
            });
        }

        private void listItem() {
            String words = words(true);
            listItems.add(asRead(words));
            blocks.add(document -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(bullets);
                runs(paragraph, words);
                return null;
            });
        }

        private void quote() {
            String words = words(true);
            quoted.add(asRead(words));
            blocks.add(document -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle("Quote");
                runs(paragraph, words);
                return null;
            });
        }

        private void table() {
            List<String> row = List.of(words(false), words(false));
            row.stream().map(WordTextReadsBackTest::asRead).forEach(cells::add);
            blocks.add(document -> {
                XWPFTable table = document.createTable(1, 2);
                for (int i = 0; i < 2; i++)
                    table.getRow(0)
                            .getCell(i)
                            .getParagraphs()
                            .get(0)
                            .createRun()
                            .setText(row.get(i));
                return null;
            });
        }

        /** Text as Word keeps it: a line break (Shift+Enter) between runs, not inside one. */
        private static void runs(XWPFParagraph paragraph, String text) {
            String[] lines = text.split("\n", -1);
            XWPFRun run = paragraph.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) run.addBreak();
                run.setText(lines[i], i);
            }
        }

        private static BigInteger bulletList(XWPFDocument document) {
            CTAbstractNum bullet = CTAbstractNum.Factory.newInstance();
            bullet.setAbstractNumId(BigInteger.ONE);
            CTLvl level = bullet.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("\u2022");
            XWPFNumbering created = document.createNumbering();
            return created.addNum(created.addAbstractNum(new XWPFAbstractNum(bullet)));
        }

        void writeTo(Path docx) throws IOException {
            try (XWPFDocument document = new XWPFDocument();
                    OutputStream out = Files.newOutputStream(docx)) {
                document.getProperties().getCoreProperties().setTitle("Random words: " + title);
                bullets = bulletList(document);
                blocks.forEach(block -> block.apply(document));
                document.write(out);
            }
        }
    }

    @Test
    void wordsWrittenAsTheyAreWouldNotReadBack() throws IOException {
        // The same comparison, on text AsciiDoc reads as markup when nothing is done to it.
        for (String typed : List.of("a *b* c", "x // y", "{empty}z", "1. First", "C++ and C++ too", "a -- b")) {
            String html = AsciidocEngine.convert(
                            folder.resolve("page.adoc"), typed.replace("// ", "\n// "), folder, Map.of())
                    .html();
            assertNotEquals(asRead(typed), String.join(" ", texts(Jsoup.parseBodyFragment(html), "p")), typed);
        }
    }
}
