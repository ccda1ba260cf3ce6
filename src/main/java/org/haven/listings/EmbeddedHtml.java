package org.haven.listings;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page's HTML shown inside another (each level on the levels overview, a written introduction
 * on a generated page). Every page's headings have ids such as {@code what-to-do}, so side by side
 * they would clash and a link to the second would go to the first: the embedded page's ids, and
 * the in-page links and labels that point at them, get a prefix of their own.
 */
public final class EmbeddedHtml {
    /** Attributes that name other elements of the page by id, separated by spaces. */
    private static final List<String> ID_REFERENCES =
            List.of("aria-labelledby", "aria-describedby", "aria-controls", "for", "headers");

    /** {@code html} with every id it declares, and every reference to one, starting {@code prefix-}. */
    public static String withIdsPrefixed(String html, String prefix) {
        if (!html.contains("id=")) return html;
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        Set<String> ids =
                fragment.body().select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        for (Element element : fragment.body().select("[id]")) element.id(prefix + "-" + element.id());
        for (Element link : fragment.body().select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (ids.contains(target)) link.attr("href", "#" + prefix + "-" + target);
        }
        for (String attribute : ID_REFERENCES) {
            for (Element element : fragment.body().select("[" + attribute + "]")) {
                element.attr(
                        attribute,
                        Arrays.stream(element.attr(attribute).split("\\s+"))
                                .map(id -> ids.contains(id) ? prefix + "-" + id : id)
                                .collect(Collectors.joining(" ")));
            }
        }
        return fragment.body().html();
    }

    /** A prefix that only the page at {@code url} has: its path, for example {@code levels-level-2} for /levels/level-2/. */
    public static String prefixFor(String url) {
        String path = url.replaceAll("^/+|/+$", "").replaceAll("[^A-Za-z0-9_-]+", "-");
        return path.isEmpty() ? "home" : path;
    }

    private EmbeddedHtml() {}
}
