package org.haven.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder background Havens listen in: one for each user, in the temporary folder, that only
 * that user may open, so no one else can ask their Haven to build. A folder that is not theirs
 * alone is not used (and nothing runs in the background).
 */
final class DaemonFolder {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** The longest path a socket may have: macOS allows 104 bytes, Linux 108, each with a closing zero. */
    private static final int LONGEST_SOCKET_PATH = 103;

    private static final Path SHORT_TEMPORARY = Path.of("/tmp");

    private final Path path;

    private DaemonFolder(Path path) {
        this.path = path;
    }

    static Optional<DaemonFolder> usual() {
        return at(place(Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name")));
    }

    /**
     * The user's folder in the temporary folder, or in /tmp where a socket there would have too
     * long a path: macOS gives each user a temporary folder about 50 characters deep, which
     * leaves too little room for a long user name such as "firstname.lastname".
     */
    static Path place(Path temporary, String user) {
        Path usual = temporary.resolve("haven-" + user);
        if (fitsASocket(usual) || !Files.isDirectory(SHORT_TEMPORARY)) return usual;
        return SHORT_TEMPORARY.resolve("haven-" + user);
    }

    private static boolean fitsASocket(Path folder) {
        String longest = folder.toAbsolutePath()
                .resolve(DaemonKey.LONGEST_NAME + ".sock")
                .toString();
        return longest.getBytes(StandardCharsets.UTF_8).length <= LONGEST_SOCKET_PATH;
    }

    static Optional<DaemonFolder> at(Path path) {
        if (!fitsASocket(path)) return Optional.empty();
        try {
            boolean posix =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                if (posix) Files.createDirectory(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                else Files.createDirectory(path);
            }
            if (posix && !ownersAlone(path)) return Optional.empty();
            return Optional.of(new DaemonFolder(path));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static boolean ownersAlone(Path path) throws IOException {
        return !Files.isSymbolicLink(path)
                && Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)
                        .equals(OWNER_ONLY)
                && Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }

    Path socket(DaemonKey key) {
        return path.resolve(key.hex() + ".sock");
    }

    /** Where the key's socket is made, before it listens and is given its name. */
    Path binding(DaemonKey key) {
        return path.resolve(key.hex() + ".new");
    }

    /** Held by the Haven listening on the key's socket, for as long as it runs. */
    Path lock(DaemonKey key) {
        return path.resolve(key.hex() + ".lock");
    }

    /** What a background Haven says outside any command: why it stopped, say. */
    Path log(DaemonKey key) {
        return path.resolve(key.hex() + ".log");
    }

    List<Path> sockets() {
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sock"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
