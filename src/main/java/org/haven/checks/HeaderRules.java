package org.haven.checks;

import java.util.List;
import java.util.Set;
import org.haven.content.Page;
import org.haven.content.SafeUrls;
import org.haven.problems.Closest;
import org.haven.problems.Problems;

/**
 * A page's header attributes are ones Haven or Asciidoctor knows: a misspelt {@code :sumary:}
 * would otherwise do nothing, silently. An attribute the page itself refers to
 * ({@code {name}}) is the author's own and is left alone.
 */
final class HeaderRules {
    /** The header attributes of the content contract (docs/content-model.md). */
    static final Set<String> HAVEN = Set.of(
            "jbake-type",
            "jbake-status",
            "jbake-date",
            "jbake-tags",
            "summary",
            "audience",
            "review-by",
            "owner",
            "lang",
            "translation-of",
            "order",
            "level",
            "level-name",
            "plan",
            "scope",
            "review-type",
            "subject",
            "themes",
            "report",
            "briefing",
            "expires",
            "covers");
    /** Asciidoctor's document attributes a page may sensibly set in its header. */
    private static final Set<String> ASCIIDOCTOR = Set.of(
            "description",
            "keywords",
            "author",
            "email",
            "revnumber",
            "revdate",
            "revremark",
            "toc",
            "toc-title",
            "toclevels",
            "sectnums",
            "sectnumlevels",
            "experimental",
            "hardbreaks-option",
            "idprefix",
            "idseparator",
            "xrefstyle",
            "doctype",
            "leveloffset",
            "stem",
            "source-highlighter",
            "table-caption",
            "figure-caption",
            "example-caption",
            "listing-caption",
            "note-caption",
            "tip-caption",
            "important-caption",
            "warning-caption",
            "caution-caption",
            "hide-uri-scheme",
            "imagesdir",
            "icons",
            "sectanchors",
            "sectlinks",
            "nofooter",
            "notitle",
            "showtitle",
            "reproducible");

    private HeaderRules() {}

    /** Header attributes that become links: a person presses them, so they go only to a web page or this site. */
    private static final List<String> LINKS = List.of("report", "briefing", "covers");

    static void check(Page page, Problems problems) {
        linksAreSafe(page, problems);
        String text = page.text().text();
        for (String name : page.header().attributes().keySet()) {
            if (HAVEN.contains(name) || ASCIIDOCTOR.contains(name) || text.contains("{" + name + "}")) continue;
            String meant = Closest.to(name, HAVEN).orElse(null);
            problems.warning(
                    page.source(),
                    page.header().lineOf(name),
                    "':" + name + ":' is not a header attribute Haven knows, so it does nothing"
                            + (meant == null ? "." : " — did you mean ':" + meant + ":'?"),
                    meant == null
                            ? "Remove the line, or use one of the header attributes listed in docs/content-model.md."
                            : "Write ':" + meant + ":' instead.");
        }
    }

    private static void linksAreSafe(Page page, Problems problems) {
        for (String name : LINKS) {
            String value = page.header().get(name);
            if (value == null || SafeUrls.isHttpsOrSitePath(value)) continue;
            problems.error(
                    page.source(),
                    page.header().lineOf(name),
                    "':" + name + ": " + value + "' is not a web address starting https:// or a file of this site.",
                    "Write the full address starting https://, or the file's place under assets/, such as /files/report.pdf.");
        }
    }
}
