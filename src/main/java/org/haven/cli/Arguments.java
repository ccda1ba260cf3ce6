package org.haven.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's words: positional values and {@code --name value} options ({@code --flag} alone for a switch). */
final class Arguments {
    private static final Set<String> SWITCHES = Set.of("strict", "help", "force");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Arguments(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                String name = word.substring(2);
                if (name.contains("=")) {
                    options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
                } else if (SWITCHES.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < words.size()) {
                    options.put(name, words.get(++i));
                } else {
                    throw new UsageException("--" + name + " needs a value after it.");
                }
            } else {
                positional.add(word);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    /**
     * The site folder: --source, else the current folder when it is a site folder, else the
     * folder the launcher runs from (HAVEN_HOME: the repository, with its example site).
     */
    Path source() {
        if (has("source")) return Path.of(option("source", ".")).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String home = System.getenv("HAVEN_HOME");
        boolean siteHere = Files.isDirectory(here.resolve("content")) || Files.isRegularFile(here.resolve("data/site.yaml"));
        return siteHere || home == null ? here : Path.of(home).toAbsolutePath().normalize();
    }

    void allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) throw new UsageException("--" + name + " is not an option of this command.");
        }
    }
}
