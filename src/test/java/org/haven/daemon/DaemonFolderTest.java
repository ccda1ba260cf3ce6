package org.haven.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Background Havens listen where a socket's path fits what the system allows (104 bytes on
 * macOS), so that a long user name in macOS's deep temporary folder does not quietly leave the
 * comms team without one.
 */
class DaemonFolderTest {
    private static final Path MAC_TEMPORARY = Path.of("/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T");

    @Test
    void theUserGetsAFolderInTheirTemporaryFolder() {
        assertEquals(MAC_TEMPORARY.resolve("haven-comms"), DaemonFolder.place(MAC_TEMPORARY, "comms"));
        assertEquals(Path.of("/tmp/haven-comms"), DaemonFolder.place(Path.of("/tmp"), "comms"));
    }

    @Test
    void aTemporaryFolderTooDeepForASocketGivesWayToTmp() {
        Path place = DaemonFolder.place(MAC_TEMPORARY, "christopher.whitehead-smith");

        assertEquals(Path.of("/tmp/haven-christopher.whitehead-smith"), place);
        assertTrue(
                place.resolve(DaemonKey.LONGEST_NAME + ".sock").toString().length() < 104,
                "a socket there fits macOS's limit");
    }

    @Test
    void aFolderWhoseSocketsCouldNotBeOpenedIsNotUsed() {
        assertEquals(Optional.empty(), DaemonFolder.at(Path.of("/tmp", "haven-" + "x".repeat(80))));
    }
}
