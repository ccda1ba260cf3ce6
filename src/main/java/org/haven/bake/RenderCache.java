package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What {@code serve} rendered last time, so a rebuild renders again only the pages whose
 * template model changed: the edited page and the pages that list it (news, reviews, A to Z,
 * its neighbours' breadcrumbs). Forgets everything when a template of the site changes.
 */
final class RenderCache {
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private volatile String templatesFingerprint = "";

    private record Rendered(String template, Map<String, Object> model, byte[] html) {}

    /** Call before each build: a changed override template makes every page stale. */
    void forgetIfTemplatesChanged(Path siteRoot) {
        String fingerprint = fingerprint(siteRoot.resolve("templates"));
        if (!fingerprint.equals(templatesFingerprint)) {
            pages.clear();
            templatesFingerprint = fingerprint;
        }
    }

    byte[] render(String url, String template, Map<String, Object> model, Supplier<byte[]> renderer) {
        Rendered last = pages.get(url);
        if (last != null && last.template().equals(template) && last.model().equals(model)) return last.html();
        byte[] html = renderer.get();
        pages.put(url, new Rendered(template, model, html));
        return html;
    }

    private static String fingerprint(Path templates) {
        if (!Files.isDirectory(templates)) return "none";
        try (Stream<Path> files = Files.walk(templates)) {
            StringBuilder fingerprint = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                fingerprint
                        .append(file)
                        .append(':')
                        .append(Files.size(file))
                        .append(':')
                        .append(Files.getLastModifiedTime(file).toMillis())
                        .append(';');
            }
            return fingerprint.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
