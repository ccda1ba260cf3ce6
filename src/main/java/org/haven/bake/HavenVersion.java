package org.haven.bake;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * The code a cache entry was made with: Haven's own, AsciidoctorJ's API and its Ruby gems
 * (Asciidoctor itself) and JRuby's, each named by where it was loaded from and, for a jar, its size and
 * time, so that any other Haven or AsciidoctorJ, even a rebuilt one of the same version
 * number, makes its own entries.
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
            if (!Files.isRegularFile(location)) return version + "@" + location;
            return version + "@" + location.getFileName() + ":" + Files.size(location) + ":"
                    + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + "@" + code.getLocation();
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
