package org.haven.wordimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.haven.content.WebPath;

/** Turns a link to a page of this site (an address under its {@code url}) into an {@code xref:} to that page's source file. */
record SiteLinks(String baseUrl, Path contentFolder, Path page) {

    boolean isOnThisSite(String url) {
        return url.equals(baseUrl) || url.startsWith(baseUrl + "/");
    }

    /** The xref target, relative to the new page's folder, when the address is a page Haven has. */
    Optional<String> xrefFor(String url) {
        if (!isOnThisSite(url)) return Optional.empty();
        String path =
                url.substring(baseUrl.length()).replaceFirst("[?#].*$", "").replaceFirst("/index\\.html$", "/");
        String trimmed = path.replaceAll("^/+|/+$", "");
        if (trimmed.contains("..")) return Optional.empty();
        Stream<Path> candidates = trimmed.isEmpty()
                ? Stream.of(contentFolder.resolve("index.adoc"))
                : Stream.of(
                        contentFolder.resolve(trimmed + ".adoc"),
                        contentFolder.resolve(trimmed).resolve("index.adoc"));
        return candidates.filter(Files::isRegularFile).findFirst().map(target -> WebPath.of(page.getParent(), target));
    }
}
