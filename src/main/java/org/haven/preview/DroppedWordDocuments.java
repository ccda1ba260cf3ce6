package org.haven.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.haven.content.PageType;
import org.haven.content.SiteConfig;
import org.haven.content.SiteDataLoader;
import org.haven.content.Slugs;
import org.haven.content.WebPath;
import org.haven.problems.Problems;
import org.haven.wordimport.DraftPage;
import org.haven.wordimport.DraftWriter;
import org.haven.wordimport.WordImportException;
import org.haven.wordimport.WordImporter;

/**
 * A Word document saved under {@code content/} while the preview runs becomes a draft page
 * beside it ({@code Annual Report.docx} gives {@code annual-report.adoc}), once: a document
 * that already has its page is left alone, so the page is never overwritten.
 */
final class DroppedWordDocuments {
    private final Path siteRoot;
    private final Consumer<String> log;

    DroppedWordDocuments(Path siteRoot, Consumer<String> log) {
        this.siteRoot = siteRoot;
        this.log = log;
    }

    void importNew() {
        List<Path> waiting = documentsWithoutAPage();
        if (waiting.isEmpty()) return;
        Problems problems = new Problems();
        SiteConfig site = new SiteDataLoader(siteRoot, problems, false).loadSite();
        if (site == null || problems.hasErrors()) {
            log.accept("Word documents under content/ wait to be imported until data/site.yaml has no errors.");
            return;
        }
        WordImporter importer = new WordImporter(site.url(), siteRoot.resolve("content"), site.contacts());
        for (Path document : waiting) {
            Path page = pageFor(document);
            try {
                DraftPage draft = importer.convert(document, PageType.PAGE, "", title -> page, LocalDate.now());
                DraftWriter writer = new DraftWriter(siteRoot);
                if (!writer.wouldReplace(draft).isEmpty()) {
                    log.accept(
                            "haven: " + relative(document) + " was not imported: "
                                    + relative(writer.wouldReplace(draft).get(0))
                                    + " is there already, and an import never replaces a file. Move that file, or run haven import with --force.");
                    continue;
                }
                writer.write(draft);
                log.accept("Imported " + relative(document) + " as " + relative(page) + " (a draft).");
                draft.notes().forEach(note -> log.accept("  " + note.describe(relative(page))));
            } catch (WordImportException e) {
                log.accept("haven: " + e.getMessage());
            }
        }
    }

    private List<Path> documentsWithoutAPage() {
        Path content = siteRoot.resolve("content");
        if (!Files.isDirectory(content)) return List.of();
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(Files::isRegularFile)
                    .filter(DroppedWordDocuments::isWordDocument)
                    .filter(document -> !Files.exists(pageFor(document)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx, but not the lock file Word or LibreOffice keeps beside a document it has open. */
    private static boolean isWordDocument(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".docx") && !name.startsWith("~$") && !name.startsWith(".~lock");
    }

    private static Path pageFor(Path document) {
        return document.resolveSibling(
                Slugs.slug(document.getFileName().toString().replaceFirst("(?i)\\.docx$", "")) + ".adoc");
    }

    private String relative(Path file) {
        return WebPath.of(siteRoot, file);
    }
}
