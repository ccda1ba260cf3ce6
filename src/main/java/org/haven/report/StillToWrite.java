package org.haven.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haven.content.Page;

/**
 * Lines still to write: {@code FILL IN} (which {@code haven new}, {@code haven init} and
 * {@code haven import} leave, and {@code FILL-IN} in an address), and the placeholders people
 * type themselves ({@code TODO}, {@code TBD}, lorem ipsum), in pages, the site's settings and
 * the CI files that publish it. Comments are left out, as the checks leave them out.
 */
final class StillToWrite {
    private static final Pattern PLACEHOLDER = Pattern.compile("FILL[ -]IN|\\bTODO\\b|\\bTBD\\b|(?i:lorem ipsum)");
    private static final int LONGEST_NOTE = 160;

    private StillToWrite() {}

    static List<Item> in(Path siteRoot, List<Page> pages, Places places) {
        List<Item> items = new ArrayList<>();
        for (Page page : pages)
            items.addAll(inAsciidoc(places.of(page), page.text().lines()));
        for (String file : yamlFiles(siteRoot)) items.addAll(inYaml(places.of(file), read(siteRoot.resolve(file))));
        return items;
    }

    /** The site's settings and the CI files that publish it (every GitHub workflow, GitLab's file). */
    private static List<String> yamlFiles(Path siteRoot) {
        List<String> files = new ArrayList<>(List.of(Places.SITE_SETTINGS));
        Path workflows = siteRoot.resolve(Places.GITHUB_WORKFLOWS);
        if (Files.isDirectory(workflows)) {
            try (Stream<Path> inside = Files.list(workflows)) {
                inside.map(path -> path.getFileName().toString())
                        .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml"))
                        .sorted()
                        .forEach(name -> files.add(Places.GITHUB_WORKFLOWS + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.add(Places.GITLAB_CI);
        return files.stream()
                .filter(file -> Files.isRegularFile(siteRoot.resolve(file)))
                .toList();
    }

    /** As the checks read a page: not in comments, nor in listing blocks, which show text as it is. */
    private static List<Item> inAsciidoc(Place place, List<String> lines) {
        List<Item> items = new ArrayList<>();
        boolean inListing = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("----") || line.startsWith("....")) inListing = !inListing;
            if (inListing || line.startsWith("//")) continue;
            if (PLACEHOLDER.matcher(line).find()) items.add(Item.of(place, i + 1, note(line)));
        }
        return items;
    }

    private static List<Item> inYaml(Place place, List<String> lines) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().startsWith("#")) continue;
            if (PLACEHOLDER.matcher(line).find()) items.add(Item.of(place, i + 1, note(line)));
        }
        return items;
    }

    private static String note(String line) {
        String text = line.trim();
        return text.length() <= LONGEST_NOTE ? text : text.substring(0, LONGEST_NOTE - 1) + "…";
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
