package org.haven.theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wording Haven writes itself, by name, from the theme's {@code templates/messages.yaml};
 * a site's own {@code templates/messages.yaml} replaces any of it, name by name.
 */
public final class Messages {
    static final String FILE = "messages.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<LinkedHashMap<String, String>> TEXT_BY_NAME = new TypeReference<>() {};

    private final Map<String, String> textByName;

    private Messages(Map<String, String> textByName) {
        this.textByName = textByName;
    }

    /** The theme's wording with the site's in {@code siteRoot/templates/messages.yaml} (which need not exist) over it. */
    public static Messages load(Path siteRoot) {
        Map<String, String> text = themeMessages();
        Path own = siteRoot.resolve("templates").resolve(FILE);
        if (Files.isRegularFile(own)) {
            Map<String, String> site = siteMessages(own);
            site.keySet().stream()
                    .filter(name -> !text.containsKey(name))
                    .findFirst()
                    .ifPresent(name -> {
                        throw new ThemeException(
                                "templates/" + FILE + " gives '" + name + "', a name Haven does not use. "
                                        + "Check its spelling against the default theme's " + FILE + ", or remove it.",
                                "templates/" + FILE,
                                null,
                                null);
                    });
            text.putAll(site);
        }
        return new Messages(text);
    }

    /** The text called {@code name}, each {@code {key}} in it replaced by the value after that key. */
    public String text(String name, String... keysAndValues) {
        String text = textByName.get(name);
        if (text == null) throw new IllegalArgumentException("The theme's " + FILE + " has no '" + name + "'");
        for (int i = 0; i < keysAndValues.length; i += 2)
            text = text.replace("{" + keysAndValues[i] + "}", keysAndValues[i + 1]);
        return text;
    }

    private static Map<String, String> themeMessages() {
        try (InputStream in =
                Messages.class.getClassLoader().getResourceAsStream(Theme.CLASSPATH_PREFIX + "/" + FILE)) {
            if (in == null) throw new IllegalStateException("The default theme has no " + FILE);
            return YAML.readValue(in, TEXT_BY_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> siteMessages(Path file) {
        try {
            Map<String, String> text = YAML.readValue(file.toFile(), TEXT_BY_NAME);
            return text == null ? Map.of() : text;
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            throw new ThemeException(
                    "templates/" + FILE + (line == null ? "" : ", line " + line)
                            + ": it is not a list of 'name: text' lines Haven can read (" + e.getOriginalMessage()
                            + ").",
                    "templates/" + FILE,
                    line,
                    null);
        } catch (IOException e) {
            throw new ThemeException(
                    "Could not read templates/" + FILE + ": " + e.getMessage(), "templates/" + FILE, null, e);
        }
    }
}
