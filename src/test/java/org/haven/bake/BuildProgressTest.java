package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress: on a terminal how far the conversion has got and what is left; in a log, one line at the end. */
class BuildProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void onATerminalItSaysHowManyPagesAreDoneAndAboutHowLongIsLeft() {
        BuildProgress progress = BuildProgress.to(new PrintStream(new ByteArrayOutputStream()), true);
        progress.converting(300, 1000);
        for (int i = 0; i < 100; i++) progress.converted();
        assertEquals(
                "Converting pages: 100 of 300 (700 unchanged, from the cache), about 20 s left",
                progress.line(System.nanoTime() + 10 * SECOND));
        assertEquals(
                "Converting pages: 100 of 300 (700 unchanged, from the cache), about 4 min left",
                progress.line(System.nanoTime() + 120 * SECOND));
    }

    @Test
    void inALogItSaysOnceHowManyPagesWereConverted() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BuildProgress progress = BuildProgress.to(new PrintStream(log, true, StandardCharsets.UTF_8), false);
        progress.converting(2, 5);
        progress.converted();
        progress.converted();
        progress.done();
        String said = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, said.lines().count(), said);
        assertEquals(
                true,
                said.matches("Converted 2 of 5 pages in \\d+\\.\\d s \\(3 unchanged, from the cache\\)\\.\\R"),
                said);
    }

    @Test
    void aShortBuildOnATerminalShowsNothing() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        BuildProgress progress = BuildProgress.to(new PrintStream(terminal, true, StandardCharsets.UTF_8), true);
        progress.converting(2, 2);
        progress.converted();
        progress.converted();
        progress.done();
        assertEquals("", terminal.toString(StandardCharsets.UTF_8));
    }
}
