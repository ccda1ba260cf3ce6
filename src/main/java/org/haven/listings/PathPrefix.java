package org.haven.listings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path a site is published under, taken from {@code site.yaml}'s {@code url}: {@code /site} for
 * {@code https://org.github.io/site/}, nothing for a site at its host's root. Haven works with site
 * paths ({@code /about/}) throughout and adds the prefix only to what it writes for a browser, so
 * every address a page holds, whoever wrote it (the theme, a partnership's own templates, an
 * author's {@code link:/files/plan.pdf}), is found under the path.
 *
 * @param path empty, or a path that starts with {@code /} and does not end with one
 */
public record PathPrefix(String path) {
    public static final PathPrefix NONE = new PathPrefix("");

    /** A start tag with its attributes, quoted or not. */
    private static final Pattern START_TAG = Pattern.compile(
            "<[a-zA-Z][a-zA-Z0-9:-]*(?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*/?>");

    private static final Pattern ATTRIBUTE =
            Pattern.compile("(\\s+([^\\s\"'>/=]+)\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+)");

    /** The attributes whose value is an address the browser fetches or goes to. */
    private static final Set<String> ADDRESS_ATTRIBUTES =
            Set.of("href", "src", "action", "poster", "cite", "xlink:href");

    /**
     * The prefix of the site published at {@code siteUrl}; none while that is not yet an address (a
     * new site's {@code FILL IN}, reported by the site's checks), so the site can still be previewed.
     */
    public static PathPrefix of(String siteUrl) {
        try {
            String path = new URI(siteUrl).getRawPath();
            if (path == null) return NONE;
            return new PathPrefix(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        } catch (URISyntaxException e) {
            return NONE;
        }
    }

    public boolean isNone() {
        return path.isEmpty();
    }

    /** {@code /about/} as the browser asks for it: {@code /site/about/}. */
    public String to(String sitePath) {
        return path + sitePath;
    }

    /** A page's HTML with the prefix added to every address in it that starts at the site's root. */
    public String addToPage(String html) {
        if (isNone()) return html;
        return START_TAG.matcher(html).replaceAll(tag -> Matcher.quoteReplacement(addToTag(tag.group())));
    }

    private String addToTag(String tag) {
        return ATTRIBUTE.matcher(tag).replaceAll(attribute -> {
            String value = attribute.group(3);
            boolean quoted = value.startsWith("\"") || value.startsWith("'");
            String address = quoted ? value.substring(1, value.length() - 1) : value;
            if (!ADDRESS_ATTRIBUTES.contains(attribute.group(2).toLowerCase(Locale.ROOT)) || !startsAtRoot(address))
                return Matcher.quoteReplacement(attribute.group());
            String prefixed = to(address);
            return Matcher.quoteReplacement(
                    attribute.group(1) + (quoted ? value.charAt(0) + prefixed + value.charAt(0) : prefixed));
        });
    }

    /** {@code /about/}, not {@code //other.host/} (another host) nor {@code about/} (relative to the page). */
    private static boolean startsAtRoot(String address) {
        return address.startsWith("/") && !address.startsWith("//") && !address.startsWith("/\\");
    }
}
