package org.haven.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The addresses Haven puts in links it makes from settings and headers (an exit address, a
 * contact's form, a review's report): an https web address, or a path of this site. Nothing
 * else — {@code javascript:}, {@code data:}, a plain-text address — is safe to put behind a
 * link a person at risk will press. Plain http is allowed only to this machine, where a
 * partnership tries its site before it goes live (and Haven's tests point the exit).
 */
public final class SafeUrls {
    private SafeUrls() {}

    public static boolean isHttps(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.isBlank()) return false;
            return scheme.equals("https") || scheme.equals("http") && isThisMachine(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isThisMachine(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    /**
     * A site's own address, where it is published: a web address with a host, perhaps a path
     * ({@code https://org.github.io/site/}), and nothing after it ({@code ?…} or {@code #…}).
     */
    public static boolean isSiteAddress(String url) {
        try {
            URI uri = new URI(url);
            return url.matches("https?://[^\\s/]+.*") && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An https address, or a path of this site such as {@code /files/report.pdf}. */
    public static boolean isHttpsOrSitePath(String url) {
        String value = url.strip();
        if (value.startsWith("/") && !value.startsWith("//") && !value.contains("\\")) return true;
        return isHttps(value);
    }
}
