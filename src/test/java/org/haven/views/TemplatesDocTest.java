package org.haven.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.haven.theme.ThemeAssets;
import org.junit.jupiter.api.Test;

/** docs/templates.md names every component of every record a template is given, and nothing else. */
class TemplatesDocTest {
    private static final Path DOC = Path.of("docs/templates.md");
    private static final Path VIEWS = Path.of("src/main/java/org/haven/views");
    private static final Pattern HEADING = Pattern.compile("^### (\\w+)$");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|");

    @Test
    void everyRecordIsDocumentedWithExactlyItsComponents() throws Exception {
        Map<String, Set<String>> documented = documentedNames();
        for (Class<?> type : recordsTemplatesAreGiven()) {
            Set<String> components = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(
                    documented.containsKey(type.getSimpleName()),
                    "docs/templates.md has no '### " + type.getSimpleName() + "'");
            assertEquals(
                    components,
                    new TreeSet<>(documented.get(type.getSimpleName())),
                    "docs/templates.md, '### " + type.getSimpleName()
                            + "': the names documented are not the record's components");
        }
    }

    @Test
    void everyDocumentedRecordExists() throws Exception {
        Set<String> records =
                recordsTemplatesAreGiven().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        for (String heading : documentedNames().keySet()) {
            assertTrue(
                    records.contains(heading),
                    "docs/templates.md documents '" + heading + "', which is not a record templates are given");
        }
    }

    /** The names in the first column of each {@code ### Record} section's table. */
    private static Map<String, Set<String>> documentedNames() throws IOException {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : Files.readAllLines(DOC)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = new LinkedHashSet<>();
                names.put(heading.group(1), current);
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null) {
                Matcher row = ROW.matcher(line);
                if (row.find()) current.add(row.group(1));
            }
        }
        return names;
    }

    /** Every record in org.haven.views, and the theme's asset paths. */
    private static List<Class<?>> recordsTemplatesAreGiven() throws IOException, ClassNotFoundException {
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(VIEWS)) {
            for (String file : files.map(f -> f.getFileName().toString())
                    .filter(f -> !f.equals("package-info.java"))
                    .sorted()
                    .toList()) {
                records.add(Class.forName("org.haven.views." + file.substring(0, file.length() - ".java".length())));
            }
        }
        records.add(ThemeAssets.Paths.class);
        for (Class<?> type : records) assertTrue(type.isRecord(), type + " is not a record");
        return records;
    }
}
