package org.haven.daemon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only builds on a person's own machine are run by a background Haven, and anyone can say no. */
class DaemonUseTest {
    private static final Map<String, String> LAPTOP = Map.of("HOME", "/home/comms");

    @Test
    void buildAndCheckMayBeRunInTheBackground() {
        assertTrue(DaemonUse.allowed(List.of("build"), LAPTOP));
        assertTrue(DaemonUse.allowed(List.of("check", "--source", "site"), LAPTOP));
        assertTrue(DaemonUse.allowed(List.of("build"), Map.of("CI", "false")));
    }

    @Test
    void otherCommandsAreAlwaysRunInTheirOwnProcess() {
        for (String command : List.of("serve", "new", "init", "import", "search", "report", "clean", "stop"))
            assertFalse(DaemonUse.allowed(List.of(command), LAPTOP), command);
        assertFalse(DaemonUse.allowed(List.of(), LAPTOP));
        assertFalse(DaemonUse.allowed(List.of("build", "--help"), LAPTOP));
        assertFalse(DaemonUse.allowed(List.of("--version"), LAPTOP));
    }

    @Test
    void ciRunnersNeverKeepOne() {
        assertFalse(DaemonUse.allowed(List.of("build"), Map.of("CI", "true")));
        assertFalse(DaemonUse.allowed(List.of("build"), Map.of("CI", "1")));
    }

    @Test
    void noDaemonOrHavenDaemonOffSaysNo() {
        assertFalse(DaemonUse.allowed(List.of("build", "--no-daemon"), LAPTOP));
        assertFalse(DaemonUse.allowed(List.of("build"), Map.of("HAVEN_DAEMON", "off")));
        assertFalse(DaemonUse.allowed(List.of("build"), Map.of("HAVEN_DAEMON", "False")));
        assertTrue(DaemonUse.allowed(List.of("build"), Map.of("HAVEN_DAEMON", "on")));
    }
}
