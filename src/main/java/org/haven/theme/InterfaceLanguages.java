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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.haven.problems.Problem;

/**
 * The interface's wording in every language it has a file for. English is the theme's
 * {@code templates/messages.yaml}, with the site's own {@code templates/messages.yaml} over it;
 * each other language is the theme's {@code templates/messages/TAG.yaml} (for the languages in
 * {@link #SHIPPED}) with the site's {@code data/messages/TAG.yaml} over it, or the site's file
 * alone. A site's file may only give names the English file has.
 */
public final class InterfaceLanguages {
    /** The language of the theme's own wording, and of every string another language leaves out. */
    public static final String ENGLISH = "en-GB";
    /** The languages the theme has a complete file for, besides English. */
    public static final List<String> SHIPPED = List.of("cy", "pl", "ro", "uk", "ar", "ur");

    static final String THEME_FOLDER = "messages";
    static final String SITE_FOLDER = "data/messages";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<LinkedHashMap<String, String>> TEXT_BY_NAME = new TypeReference<>() {};

    private final Messages english;
    /** Every language but English, by lower-case tag: the strings its files give and the file a site would add them to. */
    private final Map<String, Wording> byTag;
    /** Each language's wording as pages ask for it, made once: every page of a build asks several times. */
    private final Map<String, Messages> madeByTag = new ConcurrentHashMap<>();

    private record Wording(String tag, Map<String, String> text, String siteFile) {}

    private InterfaceLanguages(Messages english, Map<String, Wording> byTag) {
        this.english = english;
        this.byTag = byTag;
    }

    /** Every language's wording for the site in {@code siteRoot}, whose own files need not exist. */
    public static InterfaceLanguages load(Path siteRoot) {
        Map<String, String> english = themeFile(Messages.FILE);
        Path ownEnglish = siteRoot.resolve("templates").resolve(Messages.FILE);
        if (Files.isRegularFile(ownEnglish))
            english.putAll(siteFile(ownEnglish, "templates/" + Messages.FILE, english.keySet()));
        Map<String, Wording> byTag = new TreeMap<>();
        for (String tag : SHIPPED) {
            byTag.put(key(tag), new Wording(tag, themeFile(THEME_FOLDER + "/" + tag + ".yaml"), siteFileOf(tag)));
        }
        for (Path own : siteFiles(siteRoot.resolve(SITE_FOLDER))) {
            String tag = own.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            String name = SITE_FOLDER + "/" + own.getFileName();
            Wording theme = byTag.get(key(tag));
            Map<String, String> text = theme == null ? new LinkedHashMap<>() : new LinkedHashMap<>(theme.text());
            text.putAll(siteFile(own, name, english.keySet()));
            byTag.put(key(tag), new Wording(theme == null ? tag : theme.tag(), text, name));
        }
        return new InterfaceLanguages(new Messages(ENGLISH, english, Set.of()), byTag);
    }

    /** The English wording, the site's over the theme's. */
    public Messages english() {
        return english;
    }

    /**
     * The wording for a page in {@code languageTag}: its own file's (the whole tag's, else its
     * primary language's, so {@code pl-PL} uses {@code pl}), English for what that leaves out,
     * and English alone for English or a language with no file.
     */
    public Messages forLanguage(String languageTag) {
        Wording wording = wordingOf(languageTag);
        return wording == null ? english : madeByTag.computeIfAbsent(key(wording.tag()), tag -> merged(wording));
    }

    private Messages merged(Wording wording) {
        Map<String, String> text = new LinkedHashMap<>();
        Set<String> inEnglish = new TreeSet<>();
        english.names().forEach(name -> {
            String own = wording.text().get(name);
            text.put(name, own == null ? english.text(name) : own);
            if (own == null) inEnglish.add(name);
        });
        return new Messages(wording.tag(), text, inEnglish);
    }

    /**
     * A warning for each language of {@code pageLanguages} with no file (its pages show the
     * interface in English), and for each file that leaves strings out, naming them.
     */
    public List<Problem> missingWording(Collection<String> pageLanguages) {
        List<Problem> warnings = new ArrayList<>();
        Set<String> withoutFile = new TreeSet<>();
        for (String tag : pageLanguages) {
            if (!isEnglish(tag) && wordingOf(tag) == null) withoutFile.add(tag);
        }
        for (String tag : withoutFile) {
            warnings.add(Problem.warning(
                    siteFileOf(tag),
                    0,
                    "Pages in '" + tag
                            + "' show Haven's interface (the leave button, search, menus, footer) in English, "
                            + "marked as English, because there is no wording for '" + tag + "'.",
                    "Add " + siteFileOf(tag) + " with each name of Haven's templates/messages.yaml and its text in '"
                            + tag
                            + "'; start from a language Haven ships, whose English meaning is beside each line."));
        }
        for (Wording wording : byTag.values()) {
            List<String> missing = english.names().stream()
                    .filter(name -> !wording.text().containsKey(name))
                    .toList();
            if (missing.isEmpty()) continue;
            warnings.add(Problem.warning(
                    wording.siteFile(),
                    0,
                    "Pages in '" + wording.tag() + "' show " + missing.size() + " interface strings in English: "
                            + String.join(", ", missing) + ".",
                    "Add each name to " + wording.siteFile() + " with its text in '" + wording.tag()
                            + "' (its English wording is in Haven's templates/messages.yaml)."));
        }
        return warnings;
    }

    private Wording wordingOf(String languageTag) {
        if (languageTag == null || isEnglish(languageTag)) return null;
        Wording whole = byTag.get(key(languageTag));
        return whole != null ? whole : byTag.get(key(primary(languageTag)));
    }

    static boolean isEnglish(String languageTag) {
        return primary(languageTag).equals("en");
    }

    static String primary(String languageTag) {
        return key(languageTag).split("-")[0];
    }

    private static String key(String languageTag) {
        return languageTag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static String siteFileOf(String tag) {
        return SITE_FOLDER + "/" + tag + ".yaml";
    }

    /** Every string of every language, named {@code tag/name}: equal for equal wording (what the build cache keys on). */
    public Map<String, String> allWording() {
        Map<String, String> all = new TreeMap<>();
        english.names().forEach(name -> all.put(ENGLISH + "/" + name, english.text(name)));
        byTag.forEach((tag, wording) -> wording.text().forEach((name, text) -> all.put(tag + "/" + name, text)));
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InterfaceLanguages that && english.equals(that.english) && byTag.equals(that.byTag);
    }

    @Override
    public int hashCode() {
        return english.hashCode() * 31 + byTag.hashCode();
    }

    private static Map<String, String> themeFile(String name) {
        String resource = Theme.CLASSPATH_PREFIX + "/" + name;
        try (InputStream in = InterfaceLanguages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("The default theme has no " + name);
            return YAML.readValue(in, TEXT_BY_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> siteFiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".+\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> siteFile(Path file, String name, Set<String> known) {
        Map<String, String> text = readSiteFile(file, name);
        text.keySet().stream().filter(n -> !known.contains(n)).findFirst().ifPresent(unknown -> {
            throw new ThemeException(
                    name + " gives '" + unknown + "', a name Haven does not use. "
                            + "Check its spelling against the default theme's " + Messages.FILE + ", or remove it.",
                    name,
                    null,
                    null);
        });
        return text;
    }

    private static Map<String, String> readSiteFile(Path file, String name) {
        try {
            Map<String, String> text = YAML.readValue(file.toFile(), TEXT_BY_NAME);
            return text == null ? new LinkedHashMap<>() : text;
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            throw new ThemeException(
                    name + (line == null ? "" : ", line " + line)
                            + ": it is not a list of 'name: text' lines Haven can read (" + e.getOriginalMessage()
                            + ").",
                    name,
                    line,
                    null);
        } catch (IOException e) {
            throw new ThemeException("Could not read " + name + ": " + e.getMessage(), name, null, e);
        }
    }
}
