package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haven.support.HavenRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The haven command answers: every command explains itself, and a slip is met with the likely fix. */
class CommandLineTest {
    @ParameterizedTest(name = "haven {0} --help")
    @ValueSource(strings = {"build", "serve", "check", "new", "init", "import", "search", "report", "clean"})
    void everyCommandHasHelpWithItsOptionsAndTheExitCodes(String command) {
        HavenRun run = HavenRun.of(command, "--help");

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Usage: haven " + command), run.out());
        assertTrue(run.out().contains("--source=DIR") || run.out().contains("DIR"), run.out());
        assertTrue(
                run.out().contains("Exit codes:") && run.out().contains("2   The command was written wrongly"),
                run.out());
    }

    @Test
    void theVersionIsShown() {
        HavenRun run = HavenRun.of("--version");

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Haven "), run.out());
    }

    @Test
    void aMisspeltOptionSuggestsTheClosestOne() {
        HavenRun run = HavenRun.of("build", "--ouput", "somewhere");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("Unknown option") && run.err().contains("--output"), run.err());
        assertTrue(run.err().contains("haven build --help"), run.err());
    }

    @Test
    void aMisspeltCommandSuggestsTheClosestOne() {
        HavenRun run = HavenRun.of("bild");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("Did you mean: haven build?"), run.err());
    }

    @Test
    void havenAloneListsTheCommands() {
        HavenRun run = HavenRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Commands:") && run.err().contains("build"), run.err());
    }
}
