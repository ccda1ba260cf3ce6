package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code samples in a page are highlighted by the library the page names (Asciidoctor's bundled gems). */
class HighlightedCodeTest {
    @TempDir
    Path folder;

    @Test
    void aPageThatAsksForRougeOrCodeRayGetsHighlightedCode() throws IOException {
        SiteFolderFixture site = SiteFolderFixture.minimal(folder.resolve("site"));
        site.write("content/rouge.adoc", page("Rouge sample", "rouge"));
        site.write("content/coderay.adoc", page("CodeRay sample", "coderay"));
        Path out = folder.resolve("out");
        HavenRun run = HavenRun.of("build", "--source", site.root().toString(), "--output", out.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        String rouge = Files.readString(out.resolve("rouge/index.html"));
        assertTrue(
                rouge.contains("<pre class=\"rouge highlight\">") && rouge.contains("<span class=\"nb\">puts</span>"),
                rouge);
        String coderay = Files.readString(out.resolve("coderay/index.html"));
        assertTrue(coderay.contains("CodeRay") && coderay.contains("<span class=\"string\">"), coderay);
    }

    private static String page(String title, String highlighter) {
        return """
                = %s
                :jbake-type: page
                :jbake-status: published
                :summary: A page with a code sample.
                :source-highlighter: %s

                The script prints a greeting.

                [source,ruby]
                ----
                puts "hello"
                ----
                """
                .formatted(title, highlighter);
    }
}
