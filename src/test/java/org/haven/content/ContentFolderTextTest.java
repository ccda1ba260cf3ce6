package org.haven.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's file is read as UTF-8, and a file saved in another encoding is named as the problem. */
class ContentFolderTextTest {
    @TempDir
    Path site;

    @Test
    void aTextThatHoldsTheReplacementCharacterItselfIsReadAsItIs() throws IOException {
        Files.writeString(site.resolve("page.adoc"), "= Caf\uFFFD\n\nA sign \uFFFD someone typed.\n");
        Problems problems = new Problems();

        SourceText text = new ContentFolder(site, problems).readText("page.adoc");

        assertEquals("= Caf\uFFFD\n\nA sign \uFFFD someone typed.\n", text.text());
        assertEquals(0, problems.sorted().size(), problems.sorted().toString());
    }

    @Test
    void aFileSavedAsWindows1252IsNamedAndNotRead() throws IOException {
        Files.write(site.resolve("page.adoc"), "= Café\n".getBytes(StandardCharsets.ISO_8859_1));
        Problems problems = new Problems();

        assertNull(new ContentFolder(site, problems).readText("page.adoc"));
        assertTrue(problems.hasErrors());
        assertEquals("page.adoc", problems.sorted().get(0).file());
        assertTrue(problems.sorted().get(0).message().contains("not saved as UTF-8"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws IOException {
        Files.writeString(site.resolve("page.adoc"), "\uFEFF= Café\n");

        assertEquals(
                "= Café\n",
                new ContentFolder(site, new Problems()).readText("page.adoc").text());
    }
}
