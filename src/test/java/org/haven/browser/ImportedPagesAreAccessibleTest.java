package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.support.BuiltSite;
import org.haven.support.FilledInDraft;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page imported from Word, once a person has written each FILL IN and published it, passes
 * axe-core like every other page (every WCAG 2.0 to 2.2 rule at levels A and AA, and every best
 * practice), on a desktop and on a phone: pages from documents made by LibreOffice and by
 * Microsoft Word, with headings, lists, tables, pictures, footnotes, quotes, text boxes and
 * content controls.
 */
class ImportedPagesAreAccessibleTest {
    private static final List<String> RULES = Axe.WCAG_A_AND_AA_AND_BEST_PRACTICE;
    private static final Path WORD = Path.of("src/test/resources/word");

    /** Each document, and the page it is imported to. */
    private record Imported(String document, String page) {
        String url() {
            return page.replaceFirst("^content", "").replaceFirst("\\.adoc$", "/");
        }
    }

    private static final List<Imported> IMPORTED = List.of(
            new Imported("everything.docx", "content/learning/everything.adoc"),
            new Imported("child-e-briefing.docx", "content/learning/child-e.adoc"),
            new Imported("microsoft-word/60316.docx", "content/learning/resume.adoc"),
            new Imported("microsoft-word/WordWithAttachments.docx", "content/learning/dictionary.adoc"),
            new Imported("microsoft-word/61745.docx", "content/learning/charts.adoc"),
            new Imported("microsoft-word/content-controls.docx", "content/learning/controls.adoc"),
            new Imported("microsoft-word/smartart-process.docx", "content/learning/steps.adoc"));

    /** The first page again, with the header row Haven added to a table left empty, as someone might leave it. */
    private static final Imported EMPTY_TABLE_HEADER =
            new Imported("everything.docx", "content/learning/empty-table-header.adoc");

    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    private static StaticSiteServer server;

    @BeforeAll
    static void importFillInAndBuild() throws IOException {
        Path source = Files.createTempDirectory("haven-imported-");
        SiteFolderFixture.minimal(source);
        for (Imported imported : IMPORTED) {
            importInto(source, imported);
            FilledInDraft.fillIn(source.resolve(imported.page()));
        }
        importInto(source, EMPTY_TABLE_HEADER);
        Path broken = source.resolve(EMPTY_TABLE_HEADER.page());
        Files.writeString(broken, Files.readString(broken).replace("FILL IN: column heading", ""));
        FilledInDraft.fillIn(broken);
        Path output = Path.of("target", "browser-sites", "imported").toAbsolutePath();
        BrowserSites.deleteTree(output);
        BuiltSite built = BuiltSite.build(source, output);
        for (Imported imported : IMPORTED) assertTrue(built.has(imported.url()), imported.url() + " was built");
        assertTrue(built.has(EMPTY_TABLE_HEADER.url()));
        BrowserSites.deleteTree(source);
        server = StaticSiteServer.serve(output);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    private static void importInto(Path source, Imported imported) {
        HavenRun run = HavenRun.of(
                "import",
                WORD.resolve(imported.document()).toString(),
                "--source",
                source.toString(),
                "--to",
                imported.page());
        assertEquals(0, run.exitCode(), run.all());
    }

    @AfterEach
    void backToDesktop() {
        browser.desktopViewport();
    }

    @ParameterizedTest(name = "on a {0}")
    @EnumSource(EveryPageIsAccessibleTest.Screen.class)
    void everyImportedPagePassesAxe(EveryPageIsAccessibleTest.Screen screen) {
        screen.use(browser);
        for (Imported imported : IMPORTED) {
            browser.open(server.url(imported.url()));
            assertEquals(List.of(), Axe.violations(browser, RULES), imported.document() + " at " + imported.url());
        }
    }

    @Test
    void theCheckCatchesAnImportedTableWhoseHeaderRowIsLeftEmpty() {
        browser.open(server.url(EMPTY_TABLE_HEADER.url()));
        assertTrue(
                Axe.violations(browser, RULES).stream().anyMatch(v -> v.rule().equals("empty-table-header")),
                "axe finds empty-table-header on " + EMPTY_TABLE_HEADER.url());
    }
}
