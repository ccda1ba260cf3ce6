package org.haven.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.haven.bake.BuildOptions;
import org.haven.bake.PageCheck;
import org.haven.checks.SourceRules;
import org.haven.content.ContentFolder;
import org.haven.content.PageType;
import org.haven.content.SiteConfig;
import org.haven.content.SiteDataLoader;
import org.haven.content.Slugs;
import org.haven.content.WebPath;
import org.haven.problems.Problem;
import org.haven.problems.Problems;
import org.haven.wordimport.DraftPage;
import org.haven.wordimport.DraftWriter;
import org.haven.wordimport.ImportNote;
import org.haven.wordimport.WordImportException;
import org.haven.wordimport.WordImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code haven import FILE.docx [--type TYPE] [--to content/PATH.adoc] [--force]}: writes a draft
 * page (and its pictures) from a Word document, then says what it changed and what a person
 * must still do, including what {@code haven check} finds on the new page.
 */
@Command(
        name = "import",
        description = "Make a draft page (and its pictures) from a Word document, and say what a person must still do.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    private SiteOption site;

    @Parameters(paramLabel = "FILE.docx", description = "The Word document.")
    private Path document;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            defaultValue = "page",
            description = "page, concern, level, priority, review or news. Default: ${DEFAULT-VALUE}.")
    private String typeWord;

    @Option(
            names = "--to",
            paramLabel = "content/PATH.adoc",
            description = "The page to write. Default: a file named after the title, in the type's folder.")
    private String to;

    @Option(names = "--force", description = "Replace the page if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        Path docx = document.toAbsolutePath().normalize();
        PageType type = PageType.parse(typeWord)
                .orElseThrow(() -> new UsageException(
                        "'" + typeWord + "' is not a page type. Use one of: " + PageType.choices() + "."));
        Path source = site.folder();
        // The check converts one page: JRuby's compiling of Asciidoctor's Ruby into Java bytecode
        // would cost more than it saves in so short a run (bench/results/2026-12-01-word-import.md).
        System.setProperty("jruby.compile.mode", "OFF");
        // What the check after the import needs (Asciidoctor, the theme) is made ready while the document is read.
        PageCheck check = new PageCheck(source, BuildOptions.previewing());
        Problems problems = new Problems();
        SiteConfig settings = new SiteDataLoader(source, problems, false).loadSite();
        if (settings == null || problems.hasErrors()) {
            Console.problems(problems.sorted(), System.err);
            System.err.println(
                    "Nothing was imported: Haven needs the site's address and contacts from data/site.yaml. Correct it first.");
            return 1;
        }
        long start = System.nanoTime();
        Path content = source.resolve("content");
        Optional<Path> asked = askedFor(content);
        try {
            DraftPage draft = new WordImporter(settings.url(), content, settings.contacts())
                    .convert(
                            docx,
                            type,
                            NewPageCommand.typeAttributes(type, source),
                            title -> asked.orElseGet(() -> inTypesFolder(content, type, title)),
                            LocalDate.now());
            String relative = relative(source, draft.page());
            DraftWriter writer = new DraftWriter(source);
            List<Path> there = writer.wouldReplace(draft);
            if (!there.isEmpty() && !force) {
                System.err.println("haven: " + relative(source, there.get(0)) + " already exists"
                        + (there.size() > 1 ? " (and " + Console.count(there.size() - 1, "other file") + ")" : "")
                        + ", so nothing was written. "
                        + "Choose another file with --to content/PATH.adoc, or add --force to replace it.");
                return 1;
            }
            writer.write(draft);
            System.out.println("Wrote " + relative + " (a draft) and "
                    + Console.count(draft.images().size(), "picture") + " from " + docx.getFileName() + ", in "
                    + Console.seconds(start) + ".");
            for (ImportNote note : draft.notes()) System.out.println("  " + note.describe(relative));
            checkPage(check, relative);
            System.out.println("To see the draft, run haven serve and open http://127.0.0.1:8820"
                    + ContentFolder.urlOf(relative) + " (a draft shows there with a yellow banner).");
            return 0;
        } catch (WordImportException e) {
            System.err.println("haven: " + e.getMessage());
            System.err.println("Nothing was written.");
            return 1;
        }
    }

    private static String relative(Path source, Path file) {
        return WebPath.of(source, file);
    }

    /** The page --to names: a .adoc file under content/, so an import writes nowhere else. */
    private Optional<Path> askedFor(Path content) {
        if (to == null) return Optional.empty();
        Path page = content.getParent().resolve(to).normalize();
        if (!page.startsWith(content) || !page.getFileName().toString().endsWith(".adoc")) {
            throw new UsageException("--to must name a .adoc file under content/, e.g. --to content/news/launch.adoc.");
        }
        return Optional.of(page);
    }

    private static Path inTypesFolder(Path content, PageType type, String title) {
        Path folder = type.defaultFolder().isEmpty() ? content : content.resolve(type.defaultFolder());
        return folder.resolve(Slugs.slug(title) + ".adoc");
    }

    /**
     * Haven's own checks on the new page, as the preview makes them; its FILL IN lines, which the
     * import's notes above explain one by one, told once, by line, with what to do when they are written.
     */
    private static void checkPage(PageCheck check, String relative) {
        long start = System.nanoTime();
        List<Problem> mine = check.of(relative);
        List<Problem> others = mine.stream()
                .filter(p -> !p.message().equals(SourceRules.STILL_TO_WRITE))
                .toList();
        String took = " (checked in " + Console.seconds(start) + ")";
        if (others.isEmpty()) {
            System.out.println("haven check finds nothing else on " + relative + took + ".");
        } else {
            System.out.println("haven check says of " + relative + took + ":");
            for (Problem problem : others)
                System.out.println("  " + problem.describe().replace("\n", "\n  "));
        }
        List<String> fillIns = mine.stream()
                .filter(p -> p.message().equals(SourceRules.STILL_TO_WRITE))
                .map(p -> String.valueOf(p.line()))
                .toList();
        System.out.println(
                fillIns.isEmpty()
                        ? "Nothing is left to fill in: when the page reads right, change ':jbake-status: draft' to "
                                + "':jbake-status: published'."
                        : "Still to write: " + SourceRules.PLACEHOLDER + " on "
                                + (fillIns.size() == 1 ? "line " : "lines ")
                                + Console.and(fillIns) + " of " + relative
                                + ". Write each in your own words; when none is "
                                + "left, change ':jbake-status: draft' to ':jbake-status: published'.");
    }
}
