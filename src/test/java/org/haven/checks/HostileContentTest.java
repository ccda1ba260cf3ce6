package org.haven.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker's pages: every way raw HTML could send a visitor elsewhere, run a program or tell
 * another website who is reading. The build refuses each one, naming the file and the line,
 * and a page with only the HTML Haven allows builds.
 */
class HostileContentTest {
    /** Each page's raw HTML, written on line 8 of its page. */
    private static final Map<String, String> ATTACKS = new LinkedHashMap<>();

    static {
        ATTACKS.put("refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">");
        ATTACKS.put("script", "<script>document.location='https://evil.example/'</script>");
        ATTACKS.put("script-file", "<script src=\"/files/x.js\"></script>");
        ATTACKS.put("handler", "<p onmouseover=\"steal()\">Hover me</p>");
        ATTACKS.put("javascript-link", "<a href=\"javascript:steal()\">Help</a>");
        ATTACKS.put("javascript-link-hidden", "<a href=\" java&#x09;script:steal()\">Help</a>");
        ATTACKS.put("data-link", "<a href=\"data:text/html,<script>steal()</script>\">Help</a>");
        ATTACKS.put("remote-image", "<img src=\"https://tracker.example/pixel.gif\" alt=\"\">");
        ATTACKS.put("protocol-relative-image", "<img src=\"//tracker.example/pixel.gif\" alt=\"\">");
        ATTACKS.put("iframe", "<iframe src=\"https://evil.example/\"></iframe>");
        ATTACKS.put("object", "<object data=\"/files/x.swf\"></object>");
        ATTACKS.put("form", "<form action=\"https://evil.example/\"><input name=\"q\"></form>");
        ATTACKS.put("base", "<base href=\"https://evil.example/\">");
        ATTACKS.put("video", "<video src=\"https://evil.example/v.mp4\"></video>");
        ATTACKS.put("svg-script", "<svg><script>steal()</script></svg>");
        ATTACKS.put("style-element", "<style>body { background: url(https://tracker.example/) }</style>");
    }

    @TempDir
    Path folder;

    @Test
    void everyInjectionIsAnErrorNamingItsFileAndLine() {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        ATTACKS.forEach((name, html) ->
                site.write("content/attacks/" + name + ".adoc", page(name, "++++\n" + html + "\n++++\n")));
        site.write("content/attacks/inline.adoc", page("inline", "Text pass:[<img src=x onerror=steal()>] more.\n"));

        HavenRun run = HavenRun.of(
                "build",
                "--source",
                site.root().toString(),
                "--output",
                folder.resolve("out").toString());

        assertEquals(1, run.exitCode(), run.all());
        for (String name : ATTACKS.keySet()) {
            assertTrue(
                    run.err().contains("content/attacks/" + name + ".adoc:8: error:"),
                    name + " is refused on its line:\n" + run.err());
        }
        assertTrue(
                run.err()
                        .contains(
                                "content/attacks/inline.adoc:7: error: The <img> element here has an onerror attribute"),
                run.err());
        assertFalse(run.all().contains("Exception"), run.all());
        assertFalse(Files.exists(folder.resolve("out")), "nothing is published");
    }

    @Test
    void scriptsAndPagesInAssetsAreRefusedButTheThemeMayReplaceItsOwn() {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        site.write("assets/files/x.js", "steal()")
                .write("assets/files/page.html", "<script>steal()</script>")
                .write("assets/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"steal()\"></svg>")
                .write(
                        "assets/images/plain.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>")
                .write("assets/theme/js/haven.js", "/* the site's own version of the theme's script */");

        HavenRun run = HavenRun.of(
                "build",
                "--source",
                site.root().toString(),
                "--output",
                folder.resolve("out").toString());

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("assets/files/x.js: error: A .js file in assets/"), run.err());
        assertTrue(run.err().contains("assets/files/page.html: error: A .html file in assets/"), run.err());
        assertTrue(run.err().contains("assets/images/logo.svg: error: The drawing holds a script"), run.err());
        assertFalse(run.err().contains("plain.svg") || run.err().contains("theme/js/haven.js"), run.err());
    }

    @Test
    void theHtmlHavenAllowsBuilds() throws Exception {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        site.write(
                "content/allowed.adoc",
                page(
                        "allowed",
                        """
                ++++
                <details><summary>What happens next</summary><p>We <mark>read</mark> what you tell us, <abbr title="as soon as possible">ASAP</abbr>.</p></details>
                <p lang="pl" aria-label="Polish">Zadzwoń do nas.</p>
                <a href="https://www.nspcc.org.uk/">NSPCC</a> <a href="mailto:help@example.org">email</a> <a href="/reporting/worried/">report</a>
                <img src="/images/easy/phone.svg" alt="A telephone">
                ++++
                """));

        HavenRun run = HavenRun.of(
                "build",
                "--source",
                site.root().toString(),
                "--output",
                folder.resolve("out").toString());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.readString(folder.resolve("out/allowed/index.html"))
                .contains("<summary>What happens next</summary>"));
    }

    private static String page(String title, String body) {
        return "= " + title
                + "\n:jbake-type: page\n:jbake-status: published\n:summary: A page.\n:audience: professional\n\n"
                + body;
    }
}
