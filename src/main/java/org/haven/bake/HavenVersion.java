package org.haven.bake;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * The code a cache entry was made with: Haven's own, AsciidoctorJ's API and its Ruby gems
 * (Asciidoctor itself) and JRuby's, each named by where it was loaded from and, for a jar, its size and
 * time (for a folder of classes, the newest), so that any other Haven or AsciidoctorJ, even
 * a rebuilt one of the same version number, makes its own entries.
 */
final class HavenVersion {
    static final String FINGERPRINT =
            of(HavenVersion.class) + "|" + of(Asciidoctor.class) + "|" + of(AsciidoctorJRuby.class) + "|" + of(jruby());

    private HavenVersion() {}

    private static String of(Class<?> loaded) {
        String version = String.valueOf(loaded.getPackage().getImplementationVersion());
        CodeSource code = loaded.getProtectionDomain().getCodeSource();
        if (code == null) return version;
        try {
            Path location = Path.of(code.getLocation().toURI());
            if (Files.isDirectory(location)) return version + "@" + location + ":" + newestFile(location);
            return version + "@" + location.getFileName() + ":" + Files.size(location) + ":"
                    + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + "@" + code.getLocation();
        }
    }

    /** Classes compiled into a folder (a developer's build, the tests) change without a new version number. */
    private static String newestFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            long newest = 0;
            for (Path file : all)
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            return all.size() + ":" + newest;
        }
    }

    private static Class<?> jruby() {
        try {
            return Class.forName("org.jruby.Ruby", false, HavenVersion.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return HavenVersion.class;
        }
    }
}
