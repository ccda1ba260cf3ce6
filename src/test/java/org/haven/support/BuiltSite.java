package org.haven.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.haven.hosting.SecurityHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A site built into a folder, read the way a browser would. */
public record BuiltSite(Path folder) {

    public static BuiltSite build(Path source, Path output) {
        HavenRun run = HavenRun.of("build", "--source", source.toString(), "--output", output.toString());
        assertEquals(0, run.exitCode(), run.all());
        return new BuiltSite(output);
    }

    public boolean has(String url) {
        return Files.isRegularFile(file(url));
    }

    public Document page(String url) {
        assertTrue(has(url), url + " was built");
        try {
            return Jsoup.parse(file(url).toFile(), "UTF-8", "http://127.0.0.1" + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String url) {
        try {
            return Files.readString(file(url), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page's site path. */
    public List<String> pages() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> {
                        String path = "/" + folder.relativize(p).toString().replace('\\', '/');
                        return path.endsWith("/index.html") || path.equals("/index.html")
                                ? path.substring(0, path.length() - "index.html".length())
                                : path;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every page of the default theme promises people, checked on one page. */
    public void assertEveryPagePromise(String url, String emergencyPhone, String exitUrl) {
        Document page = page(url);
        Element firstFocusable = page.selectFirst("a[href], button, input, select, textarea");
        assertNotNull(firstFocusable, url);
        assertEquals("#main-content", firstFocusable.attr("href"), url + ": the skip link comes first");
        assertNotNull(page.getElementById("main-content"), url + ": the skip link has a target");
        assertEquals(1, page.select("h1").size(), url + ": one h1");
        Element leave = page.selectFirst("a.haven-leave");
        assertNotNull(leave, url + ": Leave this site");
        assertEquals(exitUrl, leave.attr("href"), url + ": Leave this site is a plain link without JavaScript");
        assertFalse(
                page.select("a[href=tel:" + emergencyPhone + "]").isEmpty(),
                url + ": the emergency number is a tel: link");
        assertEquals(
                SecurityHeaders.PAGE_POLICY,
                page.select("meta[http-equiv=Content-Security-Policy]").attr("content"),
                url + ": the Content-Security-Policy the _headers file and the README's samples give too");
        assertTrue(page.select("script:not([src])").isEmpty(), url + ": no inline script");
        assertTrue(page.select("style").isEmpty() && page.select("[style]").isEmpty(), url + ": no inline style");
        for (Element resource : page.select("script[src], link[href], img[src], iframe, source[src]")) {
            String address = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
            // The page's own address, and its address in another language: named for search engines, never loaded.
            boolean canonical = resource.normalName().equals("link")
                    && (resource.attr("rel").equals("canonical")
                            || resource.attr("rel").equals("alternate") && resource.hasAttr("hreflang"));
            assertTrue(
                    canonical || address.startsWith("/") || address.startsWith("data:"),
                    url + ": loads nothing from another host: " + address);
        }
        for (String footerLink : List.of("/accessibility/", "/glossary/", "/a-z/", "/staying-safe-online/")) {
            assertFalse(
                    page.select("footer a[href=" + footerLink + "]").isEmpty(),
                    url + ": the footer links " + footerLink);
        }
    }

    private Path file(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return folder.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }
}
