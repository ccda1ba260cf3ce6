package org.haven.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.haven.content.WebPath;
import org.haven.listings.PathPrefix;
import org.haven.theme.InterfaceLanguages;

/**
 * Rendered pages kept in the {@link BuildCache}, each under a key made of the template's name,
 * the {@link ModelDigest} of everything the template is given, and what every page is rendered
 * with: Haven's code and theme, the site's own templates and wording, and the path the site is
 * published under. An edit to one page's body renders that page again and the pages that quote
 * it; a changed title renders again every page that shows it (its own, its neighbours'
 * breadcrumbs, the lists), and a changed template every page.
 */
final class RenderedPages {
    private final BuildCache cache;
    private final String site;
    private final String wording;

    RenderedPages(BuildCache cache, Path siteRoot, PathPrefix prefix, InterfaceLanguages languages) {
        this.cache = cache;
        this.wording = cache.keeps()
                ? CacheKey.of("wording").add(languages.allWording()).build().hex()
                : "";
        this.site = cache.keeps()
                ? CacheKey.of("rendering")
                        .add(HavenVersion.FINGERPRINT)
                        .add(siteTemplates(siteRoot.resolve("templates")))
                        .add(prefix.path())
                        .build()
                        .hex()
                : "";
    }

    /**
     * Stand-ins for parts every page's model shares (the site, its addresses), each digested once
     * here rather than again for every page: walking them was most of the time spent rendering
     * a site whose pages were all kept.
     */
    Map<Object, String> standInsFor(Object... shared) {
        Map<Object, String> standIns = new IdentityHashMap<>();
        if (!cache.keeps()) return standIns;
        for (Object part : shared)
            ModelDigest.of(part, wording, Map.of()).ifPresent(digest -> standIns.put(part, digest));
        return standIns;
    }

    /** @param standIns see {@link ModelDigest#of(Object, String, Map)} */
    byte[] render(String template, Map<String, Object> model, Map<Object, String> standIns, Supplier<byte[]> renderer) {
        if (!cache.keeps()) return renderer.get();
        Optional<CacheKey> key = ModelDigest.of(model, wording, standIns).map(digest -> CacheKey.of("rendered")
                .add(site)
                .add(template)
                .add(digest)
                .build());
        return key.flatMap(cache::read).orElseGet(() -> {
            byte[] html = renderer.get();
            key.ifPresent(k -> cache.write(k, html));
            return html;
        });
    }

    /** Every file of the site's {@code templates/} folder, by its path, with its bytes. */
    private static String siteTemplates(Path folder) {
        if (!Files.isDirectory(folder)) return "none";
        try (Stream<Path> walk = Files.walk(folder)) {
            CacheKey.Builder key = CacheKey.of("templates");
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) key.add(WebPath.of(folder, file)).add(Files.readAllBytes(file));
            return key.build().hex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
