package org.haven.checks;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.haven.content.Page;
import org.haven.problems.Problems;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What a page's HTML may hold, whether Asciidoctor wrote it or the author passed it through
 * ({@code ++++} blocks, {@code pass:[…]}): an allow-list of the elements and attributes of
 * text, lists, tables, pictures and links. So no page carries a script, an event handler, a
 * {@code javascript:} or {@code data:} link, a refresh, a form, a frame or an object, and
 * nothing is loaded from another host: people at risk visit this site, and the theme's scripts
 * are the only ones that run on it. Each refusal is an error naming the file and line.
 */
public final class ContentHtmlRules {
    private static final String[] TEXT = {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
        "var",
        "wbr",
        "body"
    };
    private static final Safelist ALLOWED = new Safelist()
            .addTags(TEXT)
            .addAttributes(":all", "class", "id", "title", "lang", "dir", "role", "style")
            .addAttributes("a", "href", "rel", "hreflang")
            .addAttributes("img", "src", "alt", "width", "height", "loading")
            .addAttributes("ol", "start", "reversed", "type")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("col", "span", "style")
            .addAttributes("code", "data-lang")
            .addAttributes("pre", "data-lang")
            .addAttributes("details", "open")
            .addAttributes("q", "cite")
            .addAttributes("blockquote", "cite");
    /** Where a link may go: another page of the site, a web page, an email or a phone number. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Attributes that make the browser fetch something as the page loads. */
    private static final List<String> LOADING = List.of("src", "srcset", "poster", "data", "background");

    private ContentHtmlRules() {}

    /** Checks the page's HTML as converted, before Haven adds anything of its own. */
    public static void check(Page page, Element body, Problems problems) {
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            if (element != body && !ALLOWED.isSafeTag(tag)) {
                refuse(
                        page,
                        List.of("<" + tag),
                        "The page holds the HTML element <" + tag + ">, which Haven does not publish"
                                + (tag.equals("script") || tag.equals("meta") || tag.equals("base")
                                        ? ": it could send visitors elsewhere or run a program."
                                        : "."),
                        problems);
                continue;
            }
            for (Attribute attribute : element.attributes()) checkAttribute(page, element, attribute, problems);
        }
    }

    private static void checkAttribute(Page page, Element element, Attribute attribute, Problems problems) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String tag = element.normalName();
        if (name.startsWith("on")) {
            refuse(
                    page,
                    List.of(attribute.getKey() + "="),
                    "The <" + tag + "> element here has an " + name
                            + " attribute, which would run a program in the visitor's browser.",
                    problems);
        } else if (!ALLOWED.isSafeAttribute(tag, element, attribute) && !name.startsWith("aria-")) {
            refuse(
                    page,
                    List.of(attribute.getKey() + "="),
                    "The <" + tag + "> element here has the attribute " + name + ", which Haven does not publish.",
                    problems);
        } else if (name.equals("href") && !isSafeLink(attribute.getValue())) {
            refuse(
                    page,
                    List.of(attribute.getValue(), attribute.getKey() + "="),
                    "The link to '" + attribute.getValue() + "' is not a web page, an email address or a phone number.",
                    problems);
        } else if (LOADING.contains(name) && isFromAnotherHost(attribute.getValue())) {
            refuse(
                    page,
                    List.of(attribute.getValue(), attribute.getKey() + "="),
                    "The picture '" + attribute.getValue() + "' would be fetched from another website"
                            + ", which would tell that website who visits this page.",
                    problems);
        }
    }

    private static boolean isSafeLink(String href) {
        String scheme = schemeOf(href);
        return scheme == null || LINK_SCHEMES.contains(scheme);
    }

    /** Anything with a scheme or starting {@code //} is fetched from wherever it names; only paths stay on this site. */
    private static boolean isFromAnotherHost(String src) {
        String trimmed = src.strip();
        return trimmed.startsWith("//") || schemeOf(trimmed) != null;
    }

    private static String schemeOf(String url) {
        String cleaned = url.strip().replaceAll("[\\x00-\\x20]", "");
        int colon = cleaned.indexOf(':');
        if (colon <= 0) return null;
        String before = cleaned.substring(0, colon);
        if (before.contains("/") || before.contains("?") || before.contains("#")) return null;
        try {
            return new URI(cleaned.substring(0, colon + 1) + "x").getScheme().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return before.toLowerCase(Locale.ROOT);
        }
    }

    /** @param fragments what to look for in the page's text to find the line, most telling first */
    private static void refuse(Page page, List<String> fragments, String message, Problems problems) {
        int line = fragments.stream()
                .mapToInt(fragment ->
                        page.text().lineMatching(Pattern.compile(Pattern.quote(fragment), Pattern.CASE_INSENSITIVE)))
                .filter(found -> found > 0)
                .findFirst()
                .orElse(0);
        problems.error(
                page.source(),
                line,
                message + (line > 0 ? "" : " (It is in a file this page includes.)"),
                "Write the page in AsciiDoc without raw HTML for this, link to other websites with link:https://…[words], "
                        + "and put pictures in assets/ (image::/images/name.png[what it shows]).");
    }
}
