package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's change to the output, stopped partway by something in the way, says in plain words
 * what was in the way and that the next build finishes it; and the next build does.
 */
class OutputChangesTest {
    @TempDir
    Path folder;

    @Test
    void aChangeStoppedBySomethingInTheWayIsFinishedByTheNextBuildOnceItIsGone() throws IOException {
        Path target = folder.resolve("out");
        Files.createDirectories(target.resolve("news.html"));
        Files.writeString(target.resolve("news.html/notes.txt"), "someone's notes in the way");
        Files.writeString(target.resolve("index.html"), "the home page before");
        Path staging = folder.resolve(".out.haven-new-1");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "the home page now");
        Files.writeString(staging.resolve("news.html"), "the news now");
        Path applying = folder.resolve(".out.haven-applying");

        IOException stopped =
                assertThrows(IOException.class, () -> OutputChanges.commit(staging, applying, target, List.of()));

        assertTrue(stopped.getMessage().startsWith(target.resolve("news.html") + " ("), stopped.getMessage());
        assertTrue(stopped.getMessage().contains("the next build puts the rest of it in place"), stopped.getMessage());
        Files.delete(target.resolve("news.html/notes.txt"));
        Files.delete(target.resolve("news.html"));

        assertTrue(OutputChanges.finishLeftBehind(applying, target));
        assertEquals("the home page now", Files.readString(target.resolve("index.html")));
        assertEquals("the news now", Files.readString(target.resolve("news.html")));
        assertFalse(Files.exists(applying));
    }
}
