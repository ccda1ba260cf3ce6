package org.haven.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.haven.content.PageType;
import org.haven.content.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code haven new TYPE "Title"}: writes a page with every attribute its type needs, filled in
 * where Haven can and marked "FILL IN" where a person must. New pages start as drafts.
 */
@Command(
        name = "new",
        description = "Start a new page, as a draft, with its header filled in and FILL IN where you must write.")
final class NewPageCommand implements Callable<Integer> {
    static final String FILL_IN = org.haven.checks.SourceRules.PLACEHOLDER;

    @Mixin
    private SiteOption site;

    @Parameters(index = "0", paramLabel = "TYPE", description = "page, concern, level, priority, review or news.")
    private String typeWord;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The page's title, in quotes.")
    private String titleWritten;

    @Override
    public Integer call() {
        PageType type = PageType.parse(typeWord)
                .orElseThrow(() -> new UsageException(
                        "'" + typeWord + "' is not a page type. Use one of: " + PageType.choices() + "."));
        String title = titleWritten.trim();
        if (title.isEmpty())
            throw new UsageException("Give the page a title, e.g. haven new news \"Training dates for 2026\".");
        Path source = site.folder();
        String folder = type.defaultFolder().isEmpty() ? "content" : "content/" + type.defaultFolder();
        Path file = source.resolve(folder).resolve(Slugs.slug(title) + ".adoc");
        if (Files.exists(file)) {
            throw new UsageException(
                    source.relativize(file) + " already exists. Choose another title, or edit that file.");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(type, title, source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Wrote " + source.relativize(file) + " (a draft). Fill in every '" + FILL_IN
                + "', then change ':jbake-status: draft' to ':jbake-status: published'.");
        return 0;
    }

    private static String text(PageType type, String title, Path source) {
        StringBuilder page = new StringBuilder("= ")
                .append(title)
                .append('\n')
                .append(":jbake-type: ")
                .append(type.word())
                .append('\n')
                .append(":jbake-status: draft\n")
                .append(":jbake-date: ")
                .append(LocalDate.now())
                .append('\n')
                .append(":summary: ")
                .append(FILL_IN)
                .append(": one sentence saying what this page is for.\n")
                .append(":audience: ")
                .append(type == PageType.LEVEL || type == PageType.PRIORITY ? "professional" : "everyone")
                .append('\n')
                .append(":review-by: ")
                .append(LocalDate.now().plusYears(1))
                .append('\n')
                .append(":owner: ")
                .append(FILL_IN)
                .append(": the team that keeps this page right\n")
                .append(typeAttributes(type, source))
                .append('\n');
        if (type == PageType.PRIORITY) {
            page.append("== Why?\n\n")
                    .append(FILL_IN)
                    .append(".\n\n== How?\n\n")
                    .append(FILL_IN)
                    .append(".\n\n== So what?\n\n")
                    .append(FILL_IN)
                    .append(".\n\n[.targets]\n|===\n| Measure | 2024/25 | 2025/26\n| ")
                    .append(FILL_IN)
                    .append(" | 50% | 75%\n|===\n");
        } else {
            page.append(FILL_IN).append(": write the page here. Use == for each section heading.\n");
        }
        return page.toString();
    }

    /** The header lines a type needs beyond every page's: filled in where Haven can tell, FILL IN where a person must. */
    static String typeAttributes(PageType type, Path source) {
        return switch (type) {
            case LEVEL -> ":level: " + nextLevel(source) + "\n:level-name: " + FILL_IN + "\n";
            case PRIORITY -> ":plan: " + FILL_IN + ": e.g. 2023-2026\n:scope: joint\n";
            case REVIEW -> ":review-type: " + FILL_IN + ": CSPR, SCR, SAR, DHR, Rapid review or Thematic\n"
                    + ":subject: " + FILL_IN + ": e.g. Child E\n:themes: " + FILL_IN + "\n";
            case NEWS -> ":expires: " + LocalDate.now().plusMonths(3) + "\n";
            default -> "";
        };
    }

    private static int nextLevel(Path source) {
        Path content = source.resolve("content");
        if (!Files.isDirectory(content)) return 1;
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".adoc"))
                            .mapToInt(NewPageCommand::levelOf)
                            .max()
                            .orElse(0)
                    + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int levelOf(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(":level:"))
                    .mapToInt(l -> parse(l.substring(7).trim()))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
