package org.haven.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A background Haven serves only a command that would have built exactly as it does: the same
 * folder, Java, options, Haven and environment. What only changes how fast Java starts, or what
 * a shell keeps for itself, does not make another key.
 */
class DaemonKeyTest {
    @TempDir
    Path folder;

    private Path jar;
    private final Map<String, String> environment = new HashMap<>(Map.of("HOME", "/home/comms", "TZ", "Europe/London"));

    private DaemonKey key(String site, List<String> options) throws Exception {
        if (jar == null) jar = Files.writeString(folder.resolve("haven.jar"), "a jar");
        return DaemonKey.of(
                site, new JavaCommand("/usr/bin/java", options, jar.toString()), environment, "UTC en_GB UTF-8");
    }

    private DaemonKey usual() throws Exception {
        return key("/sites/stockport", List.of("-Xmx640m"));
    }

    @Test
    void theSameCommandLineHasTheSameKey() throws Exception {
        assertEquals(usual(), usual());
    }

    @Test
    void anotherFolderOptionOrEnvironmentIsAnotherKey() throws Exception {
        DaemonKey usual = usual();
        assertNotEquals(usual, key("/sites/riverside", List.of("-Xmx640m")));
        assertNotEquals(usual, key("/sites/stockport", List.of("-Xmx640m", "-Duser.timezone=UTC")));
        environment.put("HAVEN_TIMINGS", "1");
        assertNotEquals(usual, usual());
    }

    @Test
    void aRebuiltHavenIsAnotherKey() throws Exception {
        DaemonKey before = usual();
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertNotEquals(before, usual());
    }

    @Test
    void theClassArchiveAndTheShellsBookkeepingDoNotMatter() throws Exception {
        DaemonKey usual = usual();
        assertEquals(usual, key("/sites/stockport", List.of("-Xmx640m", "-XX:SharedArchiveFile=/h/haven.jsa")));
        assertEquals(usual, key("/sites/stockport", List.of("-Xmx640m", "-XX:ArchiveClassesAtExit=/h/haven.jsa.42")));
        environment.putAll(Map.of("SHLVL", "3", "OLDPWD", "/somewhere", "_", "/usr/bin/java"));
        assertEquals(usual, usual());
    }

    @Test
    void aSecondTerminalTabInTheSameFolderSharesTheKey() throws Exception {
        DaemonKey firstTab = usual();
        environment.putAll(Map.of(
                "TERM_SESSION_ID",
                "w0t1p0:4F2C",
                "WT_SESSION",
                "b7e1c1a2-0d5e-4c8e-9a3b-1f2e3d4c5b6a",
                "VSCODE_GIT_IPC_HANDLE",
                "/run/user/501/vscode-git-2b1f.sock"));
        assertEquals(firstTab, usual());
    }
}
