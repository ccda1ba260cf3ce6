package org.haven.hosting;

import java.util.List;

/**
 * The response headers every file of a site should carry, in one place: the {@code _headers}
 * file a build writes, the Content-Security-Policy {@code <meta>} every page carries and the
 * README's samples for other servers all follow this.
 */
public final class SecurityHeaders {
    /** What the pages may load: only the site's own files, so nothing reaches another host. */
    public static final String PAGE_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** A {@code <meta>} policy cannot forbid framing; only the header can, so it adds this. */
    public static final String NO_FRAMING = "frame-ancestors 'none'";

    /** One header and its value. */
    public record Header(String name, String value) {}

    public static final List<Header> ALL = List.of(
            new Header("Content-Security-Policy", PAGE_POLICY + "; " + NO_FRAMING),
            new Header("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("Referrer-Policy", "no-referrer"),
            new Header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
            new Header("Cross-Origin-Opener-Policy", "same-origin"));

    private SecurityHeaders() {}

    /** What templates are given as {@code security}: the policy for a page's {@code <meta http-equiv>}. */
    public record ForTemplates(String pagePolicy) {}

    public static final ForTemplates FOR_TEMPLATES = new ForTemplates(PAGE_POLICY);

    /** The {@code _headers} file Netlify and Cloudflare Pages read: every header on every path. */
    public static String headersFile() {
        StringBuilder file = new StringBuilder(
                "# Written by Haven on every build: the security headers for Netlify and Cloudflare Pages.\n/*\n");
        ALL.forEach(header -> file.append("  ")
                .append(header.name())
                .append(": ")
                .append(header.value())
                .append('\n'));
        return file.toString();
    }
}
