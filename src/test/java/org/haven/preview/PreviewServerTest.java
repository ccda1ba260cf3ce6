package org.haven.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haven serve}: answers on 127.0.0.1, shows an edit without being asked, and shows drafts with a banner. */
class PreviewServerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private SiteFolderFixture site;
    private PreviewServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        site = SiteFolderFixture.minimal(folder);
        server = new PreviewServer(folder, 0, message -> {});
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void servesTheSiteOnLoopback() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome"));
        assertTrue(home.body().contains("/_haven/reload.js"), "the preview page listens for rebuilds");
        assertEquals(200, get("/_haven/reload.js").statusCode());
        assertEquals(404, get("/no/such/page/").statusCode());
        assertEquals(301, get("/reporting/worried").statusCode());
    }

    @Test
    void showsTheContentReportButNeverPublishesIt() throws Exception {
        HttpResponse<String> report = get("/_haven/report");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("Content report") && report.body().contains("Reading grade"), report.body());
        assertTrue(report.body().contains("content/reporting/worried.adoc"), "lists the site's pages");
        HavenRun build = HavenRun.of(
                "build",
                "--source",
                folder.toString(),
                "--output",
                folder.resolve("out").toString());
        assertEquals(0, build.exitCode(), build.all());
        Path out = folder.resolve("out");
        try (var files = java.nio.file.Files.walk(out)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertFalse(out.relativize(file).toString().contains("_haven"), file.toString());
                assertFalse(
                        java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                                .contains("Content report"),
                        "no report in the published site: " + file);
            }
        }
    }

    @Test
    void showsAnEditAndTellsTheOpenPageToReload() throws Exception {
        CompletableFuture<String> reload = firstReloadEvent();
        site.write(
                "content/reporting/worried.adoc", SiteFolderFixture.CONCERN + "\nA sentence added while previewing.\n");

        assertTrue(reload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).startsWith("event: reload"));
        assertTrue(get("/reporting/worried/").body().contains("A sentence added while previewing."));
    }

    @Test
    void showsAnEditToAnIncludedPartialOnThePageThatIncludesIt() throws Exception {
        CompletableFuture<String> first = firstReloadEvent();
        site.write("content/reporting/_next-steps.adoc", "A social worker phones you within a day.\n");
        site.write("content/reporting/worried.adoc", SiteFolderFixture.CONCERN + "\ninclude::_next-steps.adoc[]\n");
        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        awaitPageContaining("/reporting/worried/", "within a day");

        CompletableFuture<String> second = firstReloadEvent();
        site.write("content/reporting/_next-steps.adoc", "A social worker phones you within two hours.\n");
        second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        awaitPageContaining("/reporting/worried/", "within two hours");
    }

    @Test
    void showsATemplateChangeOnPagesWhoseContentDidNotChange() throws Exception {
        assertFalse(get("/reporting/worried/").body().contains("Template edited"));
        CompletableFuture<String> reload = firstReloadEvent();
        site.write(
                "templates/concern.peb",
                """
                {% extends "layout" %}
                {% block content %}<p>Template edited</p>{{ page.html | raw }}{% endblock %}
                """);
        reload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertTrue(get("/reporting/worried/").body().contains("Template edited"));
    }

    @Test
    void showsDraftsWithABanner() throws Exception {
        CompletableFuture<String> reload = firstReloadEvent();
        site.write(
                "content/news/soon.adoc",
                """
                = Coming soon
                :jbake-type: news
                :jbake-status: draft
                :jbake-date: 2024-01-01
                :summary: Not ready yet.

                Still writing this.
                """);
        reload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        String draft = get("/news/soon/").body();
        assertTrue(draft.contains("Still writing this."));
        assertTrue(draft.contains("class=\"govuk-phase-banner haven-draft\""), "a Draft banner");
        assertFalse(get("/reporting/worried/").body().contains("haven-draft"), "no banner on a published page");
    }

    @Test
    void showsErrorsInTheBrowserUntilTheyAreFixed() throws Exception {
        CompletableFuture<String> reload = firstReloadEvent();
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN.replace(":jbake-type: concern", ":jbake-type: leaflet"));
        reload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        HttpResponse<String> page = get("/");
        assertEquals(500, page.statusCode());
        assertTrue(
                page.body().contains("content/reporting/worried.adoc")
                        && page.body().contains("line 2"),
                page.body());
        assertFalse(page.body().contains("Exception"));
    }

    private CompletableFuture<String> firstReloadEvent() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/_haven/events"))
                .build();
        HttpResponse<java.io.InputStream> events = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
        assertTrue(lines.readLine().startsWith(": connected"));
        return CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) if (line.startsWith("event:")) return line;
                return "closed";
            } catch (java.io.IOException e) {
                return "failed: " + e;
            }
        });
    }

    @Test
    void importsAWordDocumentSavedUnderContentAsADraftBesideIt() throws Exception {
        Path document = folder.resolve("content/learning/Learning from neglect.docx");
        Files.createDirectories(document.getParent());
        Files.copy(Path.of("src/test/resources/word/everything.docx"), document);

        awaitPageContaining("/learning/learning-from-neglect/", "What we found");
        String page = Files.readString(folder.resolve("content/learning/learning-from-neglect.adoc"));
        assertTrue(page.contains(":jbake-status: draft"), page);
        assertTrue(get("/learning/learning-from-neglect/").body().contains("Draft"), "shown with the draft banner");

        Files.writeString(
                folder.resolve("content/learning/learning-from-neglect.adoc"), page + "\nEdited by a person.\n");
        site.write("content/reporting/worried.adoc", SiteFolderFixture.CONCERN + "\nA later save.\n");
        awaitPageContaining("/reporting/worried/", "A later save.");
        assertTrue(
                Files.readString(folder.resolve("content/learning/learning-from-neglect.adoc"))
                        .contains("Edited by a person."),
                "the imported page is never imported over");
    }

    /** The page as served once the build the last save started has finished (two saves may make two builds). */
    private void awaitPageContaining(String path, String text) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = get(path).body();
        while (!body.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = get(path).body();
        }
        assertTrue(body.contains(text), "expected '" + text + "' in " + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(PATIENCE)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersOnlyRequestsAddressedToThisMachine() throws Exception {
        int port = server.port();
        assertEquals(200, statusOf("GET", "127.0.0.1:" + port, "/_haven/report"));
        assertEquals(200, statusOf("GET", "localhost:" + port, "/"));
        assertEquals(200, statusOf("GET", "[::1]:" + port, "/"));
        assertEquals(421, statusOf("GET", "evil.example", "/_haven/report"), "a rebinding page cannot read the report");
        assertEquals(421, statusOf("GET", "evil.example:" + port, "/"));
        assertEquals(421, statusOf("GET", "localhost:" + (port + 1), "/"));
        assertEquals(421, statusOf("GET", null, "/"));
    }

    @Test
    void answersOnlyReads() throws Exception {
        String host = "127.0.0.1:" + server.port();
        assertEquals(200, statusOf("HEAD", host, "/"));
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
            assertEquals(405, statusOf(method, host, "/"), method);
        }
    }

    /** The status line's code, for a request sent as written (an HTTP client would not let a test set Host). */
    private int statusOf(String method, String host, String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String request = method + " " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
