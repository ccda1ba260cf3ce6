package org.haven.bake;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.haven.content.Page;
import org.haven.content.WebPath;
import org.haven.problems.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns {@code xref:} links into the clean URLs of the pages they name, and reports every
 * link into the site that goes nowhere, with the line it was written on.
 */
final class LinkResolver {
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final LinkTargets targets;

    LinkResolver(LinkTargets targets) {
        this.targets = targets;
    }

    void resolve(Page page, Document html, Problems problems) {
        for (Element link : html.select("a[href]")) {
            String href = link.attr("href");
            if (href.isEmpty() || href.startsWith("#") || EXTERNAL.matcher(href).matches() || href.startsWith("//"))
                continue;
            String fragment = href.contains("#") ? href.substring(href.indexOf('#')) : "";
            String path = href.substring(0, href.length() - fragment.length());
            if (path.startsWith("/")) {
                checkSitePath(page, path, problems);
            } else if (path.endsWith(".html") || path.endsWith(".adoc")) {
                link.attr("href", pageUrl(page, path, problems) + fragment);
            }
        }
        for (Element image : html.select("img[src]")) {
            String src = image.attr("src");
            if (src.startsWith("/") && !targets.publishes(src)) {
                problems.warning(
                        page.source(),
                        page.text().lineContaining(fileName(src)),
                        "The picture " + src + " is not in the site's assets, so it will not show.",
                        "Put the file at assets" + src + ", or correct the path.");
            }
        }
    }

    private String pageUrl(Page page, String relative, Problems problems) {
        String adoc = relative.endsWith(".html")
                ? relative.substring(0, relative.length() - ".html".length()) + ".adoc"
                : relative;
        Path dir = Path.of(page.source()).getParent();
        String source = WebPath.of(dir.resolve(adoc).normalize());
        String url = targets.urlBySource().get(source);
        if (url != null) return url;
        String written = fileName(adoc);
        int line = page.text().lineContaining(written);
        if (targets.unpublishedSources().contains(source)) {
            problems.error(
                    page.source(),
                    line,
                    "This page links to " + source + ", which is a draft or not due yet, so the link would be broken.",
                    "Publish that page first, or remove the link until it is published.");
        } else {
            problems.error(
                    page.source(),
                    line,
                    "The link xref:" + adoc + " goes to " + source + ", which does not exist.",
                    "Name the page's .adoc file relative to this one, e.g. xref:../levels/level-2.adoc[Level 2].");
        }
        return "#";
    }

    private void checkSitePath(Page page, String path, Problems problems) {
        String decoded = decode(path);
        if (targets.publishes(decoded)) return;
        String hint = targets.publishes(decoded + "/")
                ? "Add the ending slash: " + decoded + "/"
                : "Check the address; pages are at /folder/page-name/ and files keep the path they have under assets/.";
        problems.error(
                page.source(),
                page.text().lineContaining(path),
                "The link " + path + " does not go to any page or file of this site.",
                hint);
    }

    private static String decode(String path) {
        try {
            return URI.create(path.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
