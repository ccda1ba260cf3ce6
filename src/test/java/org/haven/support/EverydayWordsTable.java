package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.haven.lunr.Json;

/**
 * The table in {@code src/test/resources/search/everyday-words.txt}: searches in people's own
 * words and the page each must find, on the example site and on the riverside fixture.
 */
public final class EverydayWordsTable {
    private static final Path FILE = Path.of("src/test/resources/search/everyday-words.txt");
    private static final List<String> SITES = List.of("example", "riverside");

    /** A search and the page it must find: first, or in the top three. */
    public record Row(String query, String page, boolean first) {
        /** Whether results (page addresses, best first) find the page where this row says. */
        public boolean metBy(List<String> results) {
            return first
                    ? !results.isEmpty() && results.get(0).equals(page)
                    : results.stream().limit(3).anyMatch(page::equals);
        }

        @Override
        public String toString() {
            return "‘" + query + "’ finds " + page + (first ? " first" : " in the top three");
        }
    }

    /** The rows for one site ("example" or "riverside"), leaving out those it has no page for. */
    public static List<Row> forSite(String site) {
        int column = SITES.indexOf(site) + 1;
        if (column == 0) throw new IllegalArgumentException(site);
        List<Row> rows = new ArrayList<>();
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\\|");
            String expected = cells[column].trim();
            if (expected.equals("-")) continue;
            boolean first = expected.startsWith("first ");
            rows.add(new Row(
                    cells[0].trim(),
                    first ? expected.substring("first ".length()).trim() : expected,
                    first));
        }
        return rows;
    }

    /** The rows these results (by query) fail. */
    public static List<Row> failed(List<Row> rows, Function<String, List<String>> results) {
        return rows.stream()
                .filter(row -> !row.metBy(results.apply(row.query())))
                .toList();
    }

    /** The index JSON as a build without a thesaurus would write it. */
    @SuppressWarnings("unchecked")
    public static byte[] withoutThesaurus(byte[] json) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(new String(json, StandardCharsets.UTF_8));
        if (root.remove("thesaurus") == null)
            throw new IllegalArgumentException("this index has no thesaurus to take out");
        return Json.stringify(root).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EverydayWordsTable() {}
}
