package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small site written to the content contract in a temporary folder, for tests to change and build. */
public final class SiteFolderFixture {
    public static final String SITE_YAML =
            """
            name: Testshire Safeguarding Children Partnership
            short-name: TSCP
            url: https://test.example.org.uk
            language: en-GB
            emergency-phone: "999"
            contacts:
              - id: front-door
                name: Children's Front Door
                for: public
                phone: 01234 567890
                hours: Monday to Friday, 9am to 5pm
              - id: lado
                name: Local Authority Designated Officer
                for: professional
                phone: 01234 567891
            exit-url: https://www.bbc.co.uk/weather
            """;

    public static final String HOME =
            """
            = Welcome
            :jbake-type: page
            :jbake-status: published
            :summary: The home page of the partnership.

            We keep children safe in Testshire. Read xref:reporting/worried.adoc[how to report a concern].
            """;

    public static final String CONCERN =
            """
            = Worried about a child?
            :jbake-type: concern
            :jbake-status: published
            :summary: How to tell someone if you think a child is being harmed.
            :audience: public

            Phone {contact-front-door-phone}. In an emergency phone {emergency-phone}.

            == What happens next

            A social worker reads what you tell us.
            """;

    private final Path root;

    private SiteFolderFixture(Path root) {
        this.root = root;
    }

    /** A valid minimal site: site.yaml, a home page and a concern page. */
    public static SiteFolderFixture minimal(Path folder) {
        SiteFolderFixture site = new SiteFolderFixture(folder);
        site.write("data/site.yaml", SITE_YAML);
        site.write("content/index.adoc", HOME);
        site.write("content/reporting/worried.adoc", CONCERN);
        return site;
    }

    public Path root() {
        return root;
    }

    public SiteFolderFixture write(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SiteFolderFixture write(String file, byte[] bytes) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SiteFolderFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with its bytes as text, to compare a folder before and after. */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) return files;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                files.put(
                        folder.relativize(path).toString(),
                        new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1) + "@"
                                + Files.getLastModifiedTime(path).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
