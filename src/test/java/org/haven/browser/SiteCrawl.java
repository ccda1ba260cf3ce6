package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens every page of a served site that can be reached from where it starts, in Chromium, and
 * notes every address that does not answer: a link, a picture, a stylesheet, a script, a form, a
 * file the browser fetched by itself, the feed and its entries, the sitemap and what it lists. The
 * site's public address ({@code url} in {@code site.yaml}, with its host) stands for the server.
 */
final class SiteCrawl {
    /** An address that did not answer with what it should, and the page (or file) that holds it. */
    record Broken(String address, int status, String foundOn) {}

    private static final Pattern FEED_OR_SITEMAP_ADDRESS = Pattern.compile("\\shref=\"([^\"]+)\"|<loc>([^<]+)</loc>");
    private static final Pattern ROBOTS_SITEMAP = Pattern.compile("(?m)^Sitemap: (\\S+)$");

    private final Chromium chromium;
    private final StaticSiteServer server;
    private final String publicHost;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, HttpResponse<String>> answers = new HashMap<>();
    private final Set<String> opened = new LinkedHashSet<>();
    private final Set<String> filesRead = new HashSet<>();
    private final Deque<String> toOpen = new ArrayDeque<>();
    private final List<Broken> broken = new ArrayList<>();

    /** @param publicHost the scheme and host of the site's {@code url}, such as {@code https://partnership.example} */
    SiteCrawl(Chromium chromium, StaticSiteServer server, String publicHost) {
        this.chromium = chromium;
        this.server = server;
        this.publicHost = publicHost;
    }

    /** Opens the page at {@code path} on the server, and every page it leads to. */
    SiteCrawl from(String path) {
        toOpen.add(server.url(path));
        while (!toOpen.isEmpty()) open(toOpen.poll());
        return this;
    }

    /** Reads a file the browser never shows (the feed, {@code robots.txt}), and opens every page it names. */
    SiteCrawl reading(String path) {
        check(server.url(path), "(crawl)");
        while (!toOpen.isEmpty()) open(toOpen.poll());
        return this;
    }

    /** Every page the browser opened, by its address on the server. */
    Set<String> opened() {
        return Set.copyOf(opened);
    }

    List<Broken> broken() {
        return List.copyOf(broken);
    }

    private void open(String page) {
        if (!opened.add(page)) return;
        server.forgetRequests();
        chromium.open(page);
        String pagePath = URI.create(page).getPath();
        for (StaticSiteServer.Request request : server.requests()) {
            if (request.status() >= 400 && !request.path().equals(pagePath))
                broken.add(new Broken(request.path(), request.status(), page + " (fetched by the browser)"));
        }
        @SuppressWarnings("unchecked")
        List<String> addresses = (List<String>)
                chromium.script("return Array.from(document.querySelectorAll('[href], [src], form[action]'),"
                        + " e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))"
                        + " .filter(address => !address.startsWith('#'))"
                        + " .map(address => new URL(address, document.baseURI).href);");
        for (String address : addresses) check(address, page);
    }

    private void check(String address, String foundOn) {
        String local = onServer(address);
        if (local == null) return;
        HttpResponse<String> answer = answers.computeIfAbsent(local, this::get);
        if (answer.statusCode() != 200) {
            broken.add(new Broken(local, answer.statusCode(), foundOn));
            return;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            if (!opened.contains(local)) toOpen.add(local);
        } else if (type.startsWith("application/xml") && filesRead.add(local)) {
            Matcher inside = FEED_OR_SITEMAP_ADDRESS.matcher(answer.body());
            while (inside.find()) check(unescape(inside.group(1) != null ? inside.group(1) : inside.group(2)), local);
        } else if (type.startsWith("text/plain") && filesRead.add(local)) {
            Matcher sitemap = ROBOTS_SITEMAP.matcher(answer.body());
            while (sitemap.find()) check(sitemap.group(1), local);
        }
    }

    /** The address on the server, without its fragment; null for a phone number, an email or another site. */
    private String onServer(String address) {
        String withoutFragment = address.contains("#") ? address.substring(0, address.indexOf('#')) : address;
        if (withoutFragment.startsWith(server.origin() + "/")) return withoutFragment;
        if (withoutFragment.startsWith(publicHost + "/"))
            return server.origin() + withoutFragment.substring(publicHost.length());
        return null;
    }

    private HttpResponse<String> get(String address) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&amp;", "&");
    }
}
