package org.haven.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haven.problems.Problems;

/**
 * The pages under {@code content/}: finds every {@code .adoc} file, gives it its URL and reads
 * its header. Files whose name starts with {@code _} are partials for {@code include::}, not pages.
 */
public final class ContentFolder {
    public static final String EASY_READ_SUFFIX = ".easy.adoc";

    private final Path siteRoot;
    private final Problems problems;

    public ContentFolder(Path siteRoot, Problems problems) {
        this.siteRoot = siteRoot;
        this.problems = problems;
    }

    /**
     * Every page file, relative to the site folder with '/' separators, in a stable order. A file
     * reached through a link to outside the site folder, or whose name cannot be part of a web
     * address, is reported and left out.
     */
    public List<String> pageFiles() {
        return SiteTree.files(siteRoot, siteRoot.resolve("content"), problems).stream()
                .filter(p -> p.getFileName().toString().endsWith(".adoc"))
                .filter(p -> !p.getFileName().toString().startsWith("_"))
                .map(p -> WebPath.of(siteRoot, p))
                .sorted()
                .filter(this::nameCanBeAnAddress)
                .toList();
    }

    /**
     * Reads and checks every page, on all cores; pages with header errors are left out (and reported).
     * An easy-read page that does not say its language is in its page's.
     */
    public List<Page> readPages() {
        PageReader reader = new PageReader(problems);
        List<Page> pages = pageFiles().parallelStream()
                .map(file -> {
                    SourceText text = readText(file);
                    return text == null ? null : reader.read(text, urlOf(file), file.endsWith(EASY_READ_SUFFIX));
                })
                .filter(Objects::nonNull)
                .toList();
        Map<String, String> langBySource = new HashMap<>();
        pages.forEach(p -> {
            if (p.lang() != null) langBySource.put(p.source(), p.lang());
        });
        return pages.stream()
                .map(p -> p.easyRead() && p.lang() == null && langBySource.containsKey(standardFileOf(p.source()))
                        ? p.inLanguage(langBySource.get(standardFileOf(p.source())))
                        : p)
                .toList();
    }

    private boolean nameCanBeAnAddress(String file) {
        Optional<String> better = PageFileNames.suggestion(file);
        better.ifPresent(name -> problems.error(
                file,
                0,
                "This file's name has a space or a character such as # ? % that a web address cannot hold as it is, "
                        + "so nobody could open the page it would make.",
                "Rename it " + name + " (small letters, numbers and hyphens work everywhere)."));
        return better.isEmpty();
    }

    public SourceText readText(String file) {
        try {
            byte[] bytes = Files.readAllBytes(siteRoot.resolve(file));
            // Bytes that are not UTF-8 come out as U+FFFD: only a text holding one is decoded
            // again, strictly, to tell a file saved in another encoding from one that has it.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0)
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            return SourceText.of(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.error(
                    file,
                    0,
                    "This file is not saved as UTF-8 text, so some characters cannot be read.",
                    "Save the file again as UTF-8 (most editors offer it under 'Save as' or 'Encoding').");
        } catch (IOException e) {
            problems.error(
                    file,
                    0,
                    "Haven could not read this file (" + e.getMessage() + ").",
                    "Check the file exists and can be read.");
        }
        return null;
    }

    /**
     * The URL a file is published at: {@code content/a/b.adoc} at {@code /a/b/},
     * {@code content/a/index.adoc} at {@code /a/}, {@code content/a/b.easy.adoc} at {@code /a/b/easy-read/}.
     */
    public static String urlOf(String file) {
        String path = file.substring("content/".length());
        boolean easyRead = path.endsWith(EASY_READ_SUFFIX);
        path = path.substring(0, path.length() - (easyRead ? EASY_READ_SUFFIX.length() : ".adoc".length()));
        if (path.equals("index")) path = "";
        else if (path.endsWith("/index")) path = path.substring(0, path.length() - "index".length());
        else path = path + "/";
        return "/" + path + (easyRead ? "easy-read/" : "");
    }

    /** The file an easy-read page is the companion of. */
    public static String standardFileOf(String easyReadFile) {
        return easyReadFile.substring(0, easyReadFile.length() - EASY_READ_SUFFIX.length()) + ".adoc";
    }

    /** Pages grouped by the URL they publish to, to find two files that would overwrite each other. */
    public static List<List<Page>> clashes(List<Page> pages) {
        var byUrl = new java.util.TreeMap<String, List<Page>>();
        for (Page page : pages)
            byUrl.computeIfAbsent(page.url(), u -> new ArrayList<>()).add(page);
        return byUrl.values().stream().filter(group -> group.size() > 1).toList();
    }
}
