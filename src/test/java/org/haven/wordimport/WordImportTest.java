package org.haven.wordimport;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.haven.support.ExampleSite;
import org.haven.support.FilledInDraft;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haven import}: documents made by LibreOffice (src/test/resources/word/make-documents) become draft pages. */
class WordImportTest {
    private static final Path WORD = Path.of("src/test/resources/word");
    private static final String PAGE = "content/learning-from-neglect.adoc";

    @TempDir
    Path folder;

    @BeforeEach
    void site() {
        SiteFolderFixture.minimal(folder);
    }

    private HavenRun importing(String file, String... more) {
        String[] args = {"import", WORD.resolve(file).toString(), "--source", folder.toString()};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return HavenRun.of(all);
    }

    private String page() throws IOException {
        return Files.readString(folder.resolve(PAGE));
    }

    @Test
    void keepsTheDocumentsStructureAsAsciidoc() throws Exception {
        HavenRun run = importing("everything.docx");
        assertEquals(0, run.exitCode(), run.all());
        String page = page();
        assertTrue(page.startsWith("= Learning from neglect\n:jbake-type: page\n:jbake-status: draft\n"), page);
        assertTrue(page.contains("\n== What we found\n"), "Heading 2 under a Heading 1 title becomes ==: " + page);
        assertTrue(
                page.contains(
                        "Some words are **bold** and some are __italic__.footnote:[Taken from the partnership's annual report.]"),
                page);
        assertTrue(page.contains("* First point\n* Second point\n** A point inside the second\n"), page);
        assertTrue(page.contains("//-\n. Step one\n. Step two\n"), page);
        assertTrue(page.contains("____\nNeglect is the ongoing failure to meet a child's basic needs.\n____"), page);
        assertTrue(page.contains("[%header]\n|===\n| Theme | Reviews\n| Neglect | 3\n"), page);
        assertTrue(
                page.contains("| Tuesday | Supervision\n2+| No sessions on Wednesday\n|===\n"),
                "merged cells keep their span: " + page);
        assertTrue(
                page.contains(
                        "link:https://www.gov.uk/government/publications/working-together-to-safeguard-children--2[Working Together]"),
                page);
        assertTrue(
                page.contains("\n== Dates for your diary\n"), "a line in large text on its own is a heading: " + page);
        assertTrue(
                page.contains("\nWrite to us at the Town Hall, +\nTestshire.\n"),
                "a line break in a paragraph is kept: " + page);
        assertTrue(
                page.contains("Type &#123;your-name} in the box, and leave a &#123; on its own."),
                "braces stay words, not attributes: " + page);
    }

    @Test
    void fillsInTheHeaderFromTheDocument() throws Exception {
        importing("everything.docx", "--type", "review");
        String page = Files.readString(folder.resolve("content/reviews/learning-from-neglect.adoc"));
        assertTrue(page.contains(":jbake-type: review\n:jbake-status: draft\n:jbake-date: "), page);
        assertTrue(
                page.contains(
                        "// Summary suggested from the first paragraph (the summary shows under the title: if you use "
                                + "this, take it out of the paragraph, or the page says it twice): This briefing says what "
                                + "practitioners learned"),
                page);
        assertTrue(page.contains(":summary: FILL IN"), page);
        assertTrue(page.contains(":owner: Business unit\n"), "the Owner property: " + page);
        assertTrue(
                page.contains(":review-type: FILL IN")
                        && page.contains(":subject: FILL IN")
                        && page.contains(":themes: FILL IN"),
                page);
        assertTrue(page.contains(":review-by: " + java.time.LocalDate.now().plusYears(1)), page);
    }

    @Test
    void givesEachTypeTheAttributesHavenNewWould() throws Exception {
        HavenRun level = importing("everything.docx", "--type", "level", "--to", "content/levels/universal.adoc");
        assertFalse(level.out().contains("error"), "a level page's header is complete: " + level.out());
        String page = Files.readString(folder.resolve("content/levels/universal.adoc"));
        assertTrue(page.contains(":level: 1\n:level-name: FILL IN\n"), page);
        importing("everything.docx", "--type", "news");
        String news = Files.readString(folder.resolve("content/news/learning-from-neglect.adoc"));
        assertTrue(news.contains(":jbake-date: " + java.time.LocalDate.now()) && news.contains(":expires: "), news);
    }

    @Test
    void takesPicturesOutWithTheirAltTextAndMarksThoseWithout() throws Exception {
        HavenRun run = importing("everything.docx");
        String page = page();
        assertTrue(
                page.contains(
                        "image::/images/learning-from-neglect/learning-from-neglect-1.png[\"A blue bar showing three reviews\"]"),
                page);
        assertTrue(
                page.contains(
                        "image::/images/learning-from-neglect/learning-from-neglect-2.png[\"FILL IN: describe what this picture shows\"]"),
                page);
        assertTrue(Files.size(folder.resolve("assets/images/learning-from-neglect/learning-from-neglect-1.png")) > 0);
        assertTrue(run.out().contains("A picture has no alt text"), run.out());
    }

    @Test
    void saysWhatItChangedAndWhatNeedsAPersonWithLineNumbers() throws Exception {
        HavenRun run = importing("everything.docx");
        String[] lines = page().split("\n");
        assertTrue(run.out().contains(PAGE + ":" + lineOf(lines, "=== Who to call") + ": A line in bold"), run.out());
        int phoneLine = lineOf(lines, "{contact-front-door-phone}");
        assertTrue(
                run.out().contains(PAGE + ":" + phoneLine + ": The number 01234 567890 is Children's Front Door's"),
                run.out());
        assertTrue(
                run.out().contains(PAGE + ":" + phoneLine + ": warning in a draft: A link says 'click here'"),
                "haven check's own rule, run on the new page: " + run.out());
        assertTrue(
                page().contains("xref:reporting/worried.adoc[click here]"), "a link under the site's url is an xref");
        assertTrue(
                run.out()
                        .contains(PAGE + ":" + lineOf(lines, "| FILL IN: column heading")
                                + ": A table has no header row"),
                run.out());
        assertTrue(
                run.out().contains(PAGE + ":" + lineOf(lines, "This sentence goes on") + ": A sentence of 35 words"),
                run.out());
    }

    private static int lineOf(String[] lines, String text) {
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
        throw new AssertionError("no line with " + text);
    }

    @Test
    void endsSayingWhichLinesAreStillToWriteAndWhereToSeeTheDraft() throws Exception {
        HavenRun run = importing("everything.docx");
        String[] lines = page().split("\n");
        String out = run.out();
        assertTrue(
                out.contains("Still to write: FILL IN on lines 5, " + lineOf(lines, "| FILL IN: column heading")
                        + " and " + lineOf(lines, "FILL IN: describe what this picture shows") + " of " + PAGE + "."),
                out);
        assertFalse(out.contains("this line says 'FILL IN'"), "each FILL IN told once, not once a line: " + out);
        assertTrue(
                out.strip()
                        .endsWith(
                                "To see the draft, run haven serve and open "
                                        + "http://127.0.0.1:8820/learning-from-neglect/ (a draft shows there with a yellow banner)."),
                out);
    }

    @Test
    void theImportedPageBuildsOnceItsFillInsAreFilled() throws Exception {
        importing("everything.docx");
        buildsOnceFilledIn(folder.resolve(PAGE));
        String html = Files.readString(folder.resolve("out/learning-from-neglect/index.html"));
        assertTrue(html.contains("alt=\"A blue bar showing three reviews\"") && html.contains("<th"), html);
    }

    private void buildsOnceFilledIn(Path page) throws IOException {
        FilledInDraft.fillIn(page);
        HavenRun build = HavenRun.of(
                "build",
                "--source",
                folder.toString(),
                "--output",
                folder.resolve("out").toString());
        assertEquals(0, build.exitCode(), build.all());
    }

    @Test
    void importsTextBoxesAndContentControlsWhereTheyAreFromADocumentMadeByWord() throws Exception {
        HavenRun run = importing("microsoft-word/60316.docx", "--to", "content/resume.adoc");
        assertEquals(0, run.exitCode(), run.all());
        String page = Files.readString(folder.resolve("content/resume.adoc"));
        String[] lines = page.split("\n");
        assertEquals(
                1,
                page.split("Allison, Timothy B\\.", -1).length - 1,
                "a text box's words once, though Word saves the box twice: " + page);
        assertTrue(
                lineOf(lines, "Allison, Timothy B.") > lineOf(lines, "Objective")
                        && lineOf(lines, "Allison, Timothy B.") < lineOf(lines, "Getting the perfect job"),
                "after the paragraph the box is anchored to: " + page);
        assertTrue(
                run.out()
                        .contains("content/resume.adoc:" + lineOf(lines, "Allison, Timothy B.")
                                + ": Text from a text box was put here"),
                run.out());
        assertTrue(
                page.contains("\nReferences are available upon request.\n")
                        && page.contains("\n{empty}[School Name, Location]\n"),
                "the boxes of a template (content controls) keep their words: " + page);
        assertTrue(
                run.out().contains("The page header says \"This is a first page header\": it was not imported")
                        && run.out().contains("The page footer says \"This is a first page footer\""),
                run.out());
        assertFalse(page.contains("first page header"), page);
        buildsOnceFilledIn(folder.resolve("content/resume.adoc"));
    }

    @Test
    void listsCommentsHeadersAndEmbeddedObjectsFromADocumentMadeByWord() throws Exception {
        HavenRun run = importing("microsoft-word/WordWithAttachments.docx", "--to", "content/dictionary.adoc");
        assertEquals(0, run.exitCode(), run.all());
        String page = Files.readString(folder.resolve("content/dictionary.adoc"));
        String[] lines = page.split("\n");
        assertTrue(page.contains("\nСловарь\n\ndictionary\n\nЛуғат\n"), "an old-style text box's words: " + page);
        assertTrue(
                run.out()
                                .contains("content/dictionary.adoc:" + lineOf(lines, "Мы уйдем")
                                        + ": A comment by vbiryukova was not imported: \"Первое четверостишье\"")
                        && run.out()
                                .contains("content/dictionary.adoc:" + lineOf(lines, "We will leave and the others")
                                        + ": A comment by vbiryukova was not imported: \"Third\""),
                "a reviewer's comment, on the line it is about: " + run.out());
        assertFalse(page.contains("Third"), "comments are not part of the page: " + page);
        assertTrue(run.out().contains("The page header says \"2 Страница 1 Page 1 Бетўўў 1\""), run.out());
        int excel = lineOf(lines, "FILL IN: an embedded Excel object was here");
        assertTrue(
                run.out()
                        .contains(
                                "content/dictionary.adoc:" + excel + ": An embedded Excel object under the heading \""),
                run.out());
        assertTrue(page.contains("| Таблица | Сначала | Все | На | русском\n"), page);
        buildsOnceFilledIn(folder.resolve("content/dictionary.adoc"));
    }

    @Test
    void keepsTheWordsOfContentControlsInATableFromADocumentMadeByWord() throws Exception {
        HavenRun run = importing("microsoft-word/content-controls.docx", "--to", "content/controls.adoc");
        assertEquals(0, run.exitCode(), run.all());
        String page = Files.readString(folder.resolve("content/controls.adoc"));
        assertTrue(
                page.contains("\n| | Rich_text_in_cell | | |\n| | Abc rich_text_in_paragraph_in_cell | | |\n"),
                "a control around a cell, and one inside a cell's line: " + page);
        assertFalse(
                page.contains("|===\n| | | | |"),
                "a first row with no words is no header row, so it gets FILL INs: " + page);
    }

    @Test
    void makesAnEndnoteAFootnote() throws Exception {
        assertEquals(
                0,
                importing("microsoft-word/endnotes.docx", "--to", "content/endnotes.adoc")
                        .exitCode());
        assertTrue(
                Files.readString(folder.resolve("content/endnotes.adoc")).contains("(tilaka footnote:[XXX]or 'tika')"));
    }

    @Test
    void turnsTheWordsOfASmartArtDiagramMadeByWordIntoAListToCheck() throws Exception {
        HavenRun run = importing("microsoft-word/smartart-process.docx", "--to", "content/steps.adoc");
        assertEquals(0, run.exitCode(), run.all());
        String page = Files.readString(folder.resolve("content/steps.adoc"));
        String[] lines = page.split("\n");
        int placeholder = lineOf(lines, "FILL IN: a SmartArt diagram ('Diagram 1') was here. Its words follow");
        assertTrue(
                page.contains("\n\n. From here\n. To here\n. And then here.\n\nThis is a regular text"),
                "a process diagram's shapes, in its order, as a numbered list after the FILL IN: " + page);
        assertEquals(placeholder + 2, lineOf(lines, ". From here"), page);
        assertTrue(
                run.out()
                        .contains("content/steps.adoc:" + placeholder
                                + ": A SmartArt diagram ('Diagram 1') before the first heading cannot be shown on a web"
                                + " page: its words became the numbered list after the FILL IN"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "Still to write: FILL IN on lines 5, 7 and " + placeholder + " of content/steps.adoc."),
                "haven check finds the FILL IN too, so the draft cannot be published as it is: " + run.out());
        buildsOnceFilledIn(folder.resolve("content/steps.adoc"));
        String html = Files.readString(folder.resolve("out/steps/index.html"));
        assertTrue(html.contains("<ol") && html.contains("And then here."), html);
    }

    @Test
    void givesTheNumbersOfChartsDrawnByWordAsTablesWhereTheyWere() throws Exception {
        HavenRun run = importing("microsoft-word/61745.docx", "--to", "content/charts.adoc");
        String page = Files.readString(folder.resolve("content/charts.adoc"));
        String[] lines = page.split("\n");
        for (String chart : new String[] {"Chart 1", "Chart 3"}) {
            int placeholder =
                    lineOf(lines, "FILL IN: a chart ('" + chart + "') was here. Its numbers follow as a table");
            assertTrue(
                    run.out()
                            .contains("content/charts.adoc:" + placeholder + ": A chart ('" + chart
                                    + "') before the first heading cannot be shown on a web page: its numbers became"
                                    + " the table after the FILL IN"),
                    run.out());
            assertEquals("[%header]", lines[placeholder + 1], page);
        }
        assertTrue(
                page.contains("|===\n| FILL IN: name this column | Series 1 | Series 2 | Series 3\n"
                        + "| Category 1 | 4.3 | 2.4 | 2\n| Category 2 | 2.5 | 4.4 | 2\n"
                        + "| Category 3 | 3.5 | 1.8 | 3\n| Category 4 | 4.5 | 2.8 | 5\n|===\n"),
                "a category a row, a series a column, the figures as Word shows them (4.4, not 4.4000000000000004): "
                        + page);
        buildsOnceFilledIn(folder.resolve("content/charts.adoc"));
    }

    @Test
    void theExampleSitesBriefingIsItsWordDocumentImported() throws Exception {
        Path example = ExampleSite.ROOT;
        String published = "content/learning/child-e-briefing.adoc";
        Files.copy(example.resolve("data/site.yaml"), folder.resolve("data/site.yaml"), REPLACE_EXISTING);
        Files.createDirectories(folder.resolve("content/reviews"));
        Files.copy(example.resolve("content/reviews/child-e.adoc"), folder.resolve("content/reviews/child-e.adoc"));
        assertEquals(0, importing("child-e-briefing.docx", "--to", published).exitCode());
        assertEquals(
                body(Files.readString(example.resolve(published))),
                body(Files.readString(folder.resolve(published))),
                "the example page's words are the import's, only its header filled in");
    }

    /** A page's text after its header. */
    private static String body(String page) {
        return page.substring(page.indexOf("\n\n") + 2);
    }

    @Test
    void neverOverwritesAPageWithoutForce() throws Exception {
        importing("everything.docx");
        Files.writeString(folder.resolve(PAGE), "= Mine\n");
        HavenRun again = importing("everything.docx");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains(PAGE + " already exists") && again.err().contains("--force"), again.err());
        assertEquals("= Mine\n", page());
        assertEquals(0, importing("everything.docx", "--force").exitCode());
        assertTrue(page().startsWith("= Learning from neglect"));
    }

    @Test
    void neverReplacesAPictureOfTheSameNameWithoutForce() throws Exception {
        Path picture = folder.resolve("assets/images/learning-from-neglect/learning-from-neglect-1.png");
        Files.createDirectories(picture.getParent());
        Files.writeString(picture, "someone's own picture");
        HavenRun run = importing("everything.docx");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(
                run.err().contains("assets/images/learning-from-neglect/learning-from-neglect-1.png already exists")
                        && run.err().contains("--force"),
                run.err());
        assertEquals("someone's own picture", Files.readString(picture));
        assertFalse(Files.exists(folder.resolve(PAGE)));
    }

    @Test
    void writesNothingButThePageAndItsPictures() throws Exception {
        Map<String, String> before = filesIn(folder);
        assertEquals(0, importing("everything.docx").exitCode());
        Map<String, String> after = filesIn(folder);
        assertTrue(after.entrySet().containsAll(before.entrySet()), "nothing there before changed");
        after.keySet().removeAll(before.keySet());
        assertEquals(
                Set.of(
                        PAGE,
                        "assets/images/learning-from-neglect/learning-from-neglect-1.png",
                        "assets/images/learning-from-neglect/learning-from-neglect-2.png"),
                after.keySet());
    }

    /** Every file under the folder, by its path, with a digest of what it holds. */
    private static Map<String, String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, String> found = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.put(
                        folder.relativize(file).toString().replace('\\', '/'),
                        Arrays.toString(Files.readAllBytes(file)).hashCode() + ":" + Files.size(file));
            }
            return found;
        }
    }

    @Test
    void importsADocumentOfHundredsOfPagesWhole() throws Exception {
        // 226 pages as LibreOffice lays it out: 500 sections, each with paragraphs, a list and a table.
        HavenRun run = importing("very-long.docx");
        assertEquals(0, run.exitCode(), run.all());
        String page = Files.readString(folder.resolve("content/a-very-long-policy.adoc"));
        for (int section = 1; section <= 500; section++) {
            assertTrue(page.contains("\n== Section " + section + "\n"), "section " + section);
            assertTrue(page.contains("\n| Reviews | " + section + "\n"), "section " + section + "'s table");
        }
        assertEquals(2500, page.split("\nPractitioners share what they know", -1).length - 1);
    }

    @Test
    void writesOnlyUnderContent() throws Exception {
        for (String outside : new String[] {"../outside.adoc", "data/site.adoc", "content/page.html"}) {
            HavenRun run = importing("everything.docx", "--to", outside);
            assertEquals(2, run.exitCode(), run.all());
            assertTrue(run.err().contains("--to must name a .adoc file under content/"), run.err());
        }
        assertFalse(Files.exists(folder.getParent().resolve("outside.adoc")) || Files.exists(folder.resolve("assets")));
    }

    @Test
    void notesPicturesLinkedFromOutsideTheDocument() throws Exception {
        HavenRun run = HavenRun.of(
                "import",
                WORD.resolve("linked-pictures.docx").toString(),
                "--source",
                folder.toString(),
                "--to",
                "content/linked.adoc");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("linked from outside the document"), run.out());
        assertTrue(Files.readString(folder.resolve("content/linked.adoc"))
                .contains("FILL IN: a picture linked from outside the document"));
        assertFalse(Files.exists(folder.resolve("assets/images/linked")));
    }

    @Test
    void givesAChartsNumbersAsATableUnderTheHeadingItSatUnder() throws Exception {
        HavenRun run = HavenRun.of("import", WORD.resolve("chart.docx").toString(), "--source", folder.toString());
        assertEquals(0, run.exitCode(), run.all());
        String page = Files.readString(folder.resolve("content/referrals-this-year.adoc"));
        String[] lines = page.split("\n");
        int placeholder = lineOf(lines, "FILL IN: a chart ('Referrals chart') was here. Its numbers follow as a table");
        assertTrue(placeholder > lineOf(lines, "Referrals rose in the second half")
                && placeholder < lineOf(lines, "The chart above shows"));
        assertTrue(
                page.contains("[%header]\n|===\n| FILL IN: name this column | Referrals\n| April to September | 40\n"
                        + "| October to March | 55\n|===\n\nThe chart above shows"),
                page);
        assertTrue(
                run.out()
                        .contains("content/referrals-this-year.adoc:" + placeholder
                                + ": A chart ('Referrals chart') under the heading \"How referrals changed\" cannot be"
                                + " shown on a web page"),
                "the line in the new page, and where it was in Word: " + run.out());
    }

    @Test
    void refusesWhatIsNotAWordDocumentSayingWhatToDo() throws Exception {
        Path text = folder.resolve("notes.docx");
        Files.writeString(text, "just some text");
        assertRefused(text, "is not a Word document", "Save As > Word Document");
        assertRefused(WORD.resolve("password-protected.docx"), "password-protected", "Remove the password");
        Path broken = folder.resolve("broken.docx");
        byte[] whole = Files.readAllBytes(WORD.resolve("everything.docx"));
        Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
        assertRefused(broken, "damaged or not complete", "save it again");
        assertRefused(zipBomb(), "unpacks to more than Haven reads", "Split a very long document");
        assertRefused(WORD.resolve("chart.docm"), "macro-enabled", "Word Document (.docx)");
        Path macrosRenamed = folder.resolve("macros.docx");
        Files.copy(WORD.resolve("chart.docm"), macrosRenamed);
        assertRefused(macrosRenamed, "macro-enabled", "Word Document (.docx)");
    }

    private void assertRefused(Path file, String what, String fix) throws IOException {
        HavenRun run =
                HavenRun.of("import", file.toString(), "--source", folder.toString(), "--to", "content/refused.adoc");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(
                run.err().contains(file.getFileName().toString())
                        && run.err().contains(what)
                        && run.err().contains(fix),
                run.err());
        assertFalse(run.all().contains("Exception\n") || run.all().contains("\tat "), "no stack trace: " + run.all());
        assertFalse(Files.exists(folder.resolve("content/refused.adoc")));
        assertFalse(Files.exists(folder.resolve("assets")));
    }

    /** A real document whose text is padded with 70 MB of spaces: a small file that would fill the memory. */
    private Path zipBomb() throws IOException {
        Path bomb = folder.resolve("bomb.docx");
        try (ZipFile document = new ZipFile(WORD.resolve("chart.docx").toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : Collections.list(document.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] data = document.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 70; i++) out.write(spaces);
                    data = xml.substring(body).getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        return bomb;
    }
}
