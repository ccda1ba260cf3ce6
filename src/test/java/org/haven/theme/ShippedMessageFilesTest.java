package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language Haven ships says everything the English file says, with the same values put in. */
class ShippedMessageFilesTest {
    private static final Path THEME = Path.of("templates");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    static Stream<String> shipped() {
        return InterfaceLanguages.SHIPPED.stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void hasEveryNameOfTheEnglishFileAndNoOther(String language) throws IOException {
        Map<String, String> english = read(THEME.resolve("messages.yaml"));
        Map<String, String> translated = read(THEME.resolve("messages/" + language + ".yaml"));
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.keySet());
        Set<String> unknown = new TreeSet<>(translated.keySet());
        unknown.removeAll(english.keySet());
        assertEquals(Set.of(), missing, language + ".yaml leaves out");
        assertEquals(Set.of(), unknown, language + ".yaml gives names the English file does not have");
        translated.forEach((name, text) -> assertTrue(!text.isBlank(), language + ": " + name + " is empty"));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void putsInTheSameValuesAsTheEnglish(String language) throws IOException {
        Map<String, String> english = read(THEME.resolve("messages.yaml"));
        Map<String, String> translated = read(THEME.resolve("messages/" + language + ".yaml"));
        english.forEach((name, text) -> assertEquals(
                placeholders(text),
                placeholders(translated.get(name)),
                language + ": " + name + " " + translated.get(name)));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void writesADayInItsOwnWords(String language) throws IOException {
        String pattern = read(THEME.resolve("messages/" + language + ".yaml")).get("date.format");
        String day =
                LocalDate.of(2026, 3, 12).format(DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)));
        assertTrue(day.contains("12") && day.contains("2026") && !day.contains("March"), language + ": " + day);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void eachStringHasItsEnglishMeaningAboveIt(String language) throws IOException {
        Map<String, String> english = read(THEME.resolve("messages.yaml"));
        String file = Files.readString(THEME.resolve("messages/" + language + ".yaml"));
        english.forEach((name, text) -> assertTrue(
                file.contains("# " + text + "\n" + name + ":"), language + ": no English meaning above " + name));
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static Map<String, String> read(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
