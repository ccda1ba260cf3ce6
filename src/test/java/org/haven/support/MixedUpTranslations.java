package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of a site in which each translation ({@code :translation-of:}) holds the words of the next
 * translation of the same page, by file name, under its own language and address: translators'
 * files pasted into the wrong pages. A search in a language then finds its words at another page.
 */
public final class MixedUpTranslations {
    private static final Pattern TRANSLATION_OF = Pattern.compile("(?m)^:translation-of:\\s*(\\S+)\\s*$");
    private static final Pattern LANG = Pattern.compile("(?m)^:lang:.*$");
    private static final List<String> SITE_FOLDERS = List.of("content", "data", "assets", "templates");

    /** Copies the site folder {@code source} into {@code copy}, its translations mixed up. */
    public static Path of(Path source, Path copy) {
        for (String folder : SITE_FOLDERS)
            if (Files.isDirectory(source.resolve(folder)))
                Folders.copyTree(source.resolve(folder), copy.resolve(folder));
        Map<String, List<Path>> translationsByOriginal = new TreeMap<>();
        for (Path page : pages(copy)) {
            Matcher original = TRANSLATION_OF.matcher(read(page));
            if (original.find())
                translationsByOriginal
                        .computeIfAbsent(original.group(1), o -> new ArrayList<>())
                        .add(page);
        }
        translationsByOriginal.values().forEach(MixedUpTranslations::giveEachTheNextOnesWords);
        return copy;
    }

    private static void giveEachTheNextOnesWords(List<Path> translations) {
        List<String> texts =
                translations.stream().map(MixedUpTranslations::read).toList();
        for (int i = 0; i < translations.size(); i++) {
            String next = texts.get((i + 1) % texts.size());
            Matcher ownLanguage = LANG.matcher(texts.get(i));
            if (!ownLanguage.find()) throw new IllegalStateException(translations.get(i) + " has no :lang:");
            write(translations.get(i), LANG.matcher(next).replaceFirst(Matcher.quoteReplacement(ownLanguage.group())));
        }
    }

    private static List<Path> pages(Path site) {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            return files.filter(file -> file.toString().endsWith(".adoc"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MixedUpTranslations() {}
}
