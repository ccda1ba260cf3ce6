package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another local server (another origin, as a real exit site is) with the exit page and the page a
 * person comes from, and copies of the browser test sites whose {@code exit-url} is that exit page,
 * each built once per test run; one of them also with its leave control broken on purpose.
 */
final class LocalExit {
    private static final Map<String, BrowserSites.Served> SITES = new ConcurrentHashMap<>();
    private static StaticSiteServer server;
    private static StaticSiteServer broken;

    static synchronized StaticSiteServer server() {
        if (server == null) {
            try {
                server = StaticSiteServer.serve(Files.createTempDirectory("haven-exit-"))
                        .withPage(
                                "/exit-target.html",
                                """
                                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head>
                                <body><h1>Weather</h1></body></html>""")
                        .withPage(
                                "/search-engine.html",
                                """
                                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search results</title></head>
                                <body><h1>Results for "worried about a child"</h1></body></html>""")
                        .withPage(
                                "/another-website.html",
                                """
                                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Another website</title></head>
                                <body><h1>Another website</h1></body></html>""");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** The exit page every copied site leaves for. */
    static String exitUrl() {
        return server().url("/exit-target.html");
    }

    /** The page a person was on before they came to the site (a search engine's results, say). */
    static String before() {
        return server().url("/search-engine.html");
    }

    /** A page of another website that a site links to. */
    static String anotherWebsite() {
        return server().url("/another-website.html");
    }

    /** The named browser test site, leaving for {@link #exitUrl()}. */
    static BrowserSites.Served site(String name) {
        return SITES.computeIfAbsent(name, n -> BrowserSites.withExitAt(n, exitUrl()));
    }

    /** The riverside copy with its leave control broken on purpose ({@link BrokenPages#withLeaveBroken}). */
    static synchronized StaticSiteServer brokenSite() {
        if (broken == null) broken = BrokenPages.withLeaveBroken(site("riverside"), exitUrl());
        return broken;
    }

    private LocalExit() {}
}
