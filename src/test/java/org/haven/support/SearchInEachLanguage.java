package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The table in {@code src/test/resources/search/each-language.txt}: a search typed in each language
 * Haven ships wording for, and the page in that language it must find first, on a site that has one.
 */
public final class SearchInEachLanguage {
    private static final Path FILE = Path.of("src/test/resources/search/each-language.txt");

    /** The sites the table names, by name. */
    public static Path source(String site) {
        return switch (site) {
            case "example" -> ExampleSite.ROOT;
            case "riverside" -> Path.of("src/test/resources/sites/riverside").toAbsolutePath();
            default -> throw new IllegalArgumentException(site);
        };
    }

    /** A search in one language on one site, and the page it must find first. */
    public record Row(String language, String site, String query, String page) {
        public boolean isEnglish() {
            return language.startsWith("en");
        }

        /** Whether results (page addresses, best first) start with this row's page. */
        public boolean metBy(List<String> results) {
            return !results.isEmpty() && results.get(0).equals(page);
        }

        @Override
        public String toString() {
            return language + " on " + site + ": ‘" + query + "’ finds " + page + " first";
        }
    }

    public static List<Row> all() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .map(cells -> new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> onSite(String site) {
        return all().stream().filter(row -> row.site().equals(site)).toList();
    }

    /** The rows these results (by query) fail, each with what was found first. */
    public static List<String> failures(List<Row> rows, Function<String, List<String>> results) {
        return rows.stream()
                .filter(row -> !row.metBy(results.apply(row.query())))
                .map(row -> row + ", found " + results.apply(row.query()))
                .toList();
    }

    private SearchInEachLanguage() {}
}
