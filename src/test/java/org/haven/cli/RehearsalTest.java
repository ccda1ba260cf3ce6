package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.bake.AsciidocEngine;
import org.junit.jupiter.api.Test;

/**
 * A background Haven rehearses the build that started it before it serves, so that the first
 * build it is asked for is as quick as the ones after; the rehearsal never writes where the
 * person's site is, and is left out when it would convert every page again.
 */
class RehearsalTest {
    private static final Path SCRATCH = Path.of("/tmp/haven-rehearsal-1");

    private static Optional<List<String>> rehearsalOf(String... command) {
        return Rehearsal.of(List.of(command), SCRATCH).map(Rehearsal::args);
    }

    @Test
    void aBuildIsRehearsedIntoTheScratchFolderInsteadOfItsOutput() {
        assertEquals(
                Optional.of(
                        List.of("build", "--source", "site", "--strict", "--output", "/tmp/haven-rehearsal-1/site")),
                rehearsalOf("build", "--source", "site", "--output", "public", "--strict"));
        assertEquals(
                Optional.of(List.of("build", "--output", "/tmp/haven-rehearsal-1/site")),
                rehearsalOf("build", "--output=public", "--force"));
        assertEquals(
                Optional.of(List.of("build", "--cache", "/tmp/c", "--output", "/tmp/haven-rehearsal-1/site")),
                rehearsalOf("build", "--cache", "/tmp/c"));
    }

    @Test
    void aCheckWritesNothingAndIsRehearsedAsItIs() {
        assertEquals(Optional.of(List.of("check", "--source", "site")), rehearsalOf("check", "--source", "site"));
    }

    @Test
    void thePracticePageConvertsWithNothingToSayAndUsesWhatPagesUse() throws Exception {
        Path room = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        AsciidocEngine.Conversion converted =
                AsciidocEngine.convert(room.resolve("rehearsal-page.adoc"), Rehearsal.practicePage(), room, Map.of());

        assertEquals(List.of(), converted.messages());
        for (String used : List.of("<table", "admonitionblock", "sidebarblock", "quoteblock", "<ol", "footnote"))
            assertTrue(converted.html().contains(used), used);
    }

    @Test
    void aBuildThatKeepsNoCacheIsNotRehearsed() {
        assertEquals(Optional.empty(), rehearsalOf("build", "--no-cache"));
        assertEquals(Optional.empty(), rehearsalOf("serve"));
    }
}
