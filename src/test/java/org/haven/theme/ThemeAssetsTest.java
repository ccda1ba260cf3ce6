package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAssetsTest {
    @TempDir
    Path site;

    @Test
    void govukCssHasNoGovukBrand() {
        Map<String, byte[]> files = ThemeAssets.load(site).files();
        String css = new String(files.get("theme/govuk-frontend.css"), StandardCharsets.UTF_8);
        assertTrue(css.length() > 50_000, "the whole GOV.UK Frontend stylesheet");
        assertTrue(css.contains(".govuk-header"));
        assertFalse(css.contains("@font-face"));
        assertFalse(css.contains("GDS Transport"));
        assertFalse(css.contains("/assets/"));
        assertFalse(css.contains("govuk-crest"));
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(css).find(), "no URL to another host");
        assertTrue(css.contains(ThemeAssets.FONT_STACK));
    }

    @Test
    void themeFilesAreAllThere() {
        Map<String, byte[]> files = ThemeAssets.load(site).files();
        for (String path : new String[] {
            "theme/css/haven.css",
            "theme/css/print.css",
            "theme/js/haven.js",
            "theme/js/search.js",
            "theme/js/search-query.js",
            "theme/js/lunr.min.js",
            "theme/govuk-frontend.css",
            "images/easy/home.svg"
        }) {
            assertNotNull(files.get(path), path);
            assertTrue(files.get(path).length > 0, path);
        }
        for (String key : files.keySet()) {
            assertFalse(key.startsWith("/"), key);
            assertFalse(key.endsWith("/"), key);
        }
        assertTrue(new String(files.get("theme/js/lunr.min.js"), StandardCharsets.UTF_8).contains("lunr"));
    }

    @Test
    void pathsPointAtFilesTheThemeWrites() throws ReflectiveOperationException {
        ThemeAssets assets = ThemeAssets.load(site);
        for (RecordComponent path : ThemeAssets.Paths.class.getRecordComponents()) {
            String p = (String) path.getAccessor().invoke(assets.paths());
            assertTrue(p.startsWith("/"));
            assertNotNull(assets.files().get(p.substring(1)), p);
        }
        assertEquals("/theme/js/lunr.min.js", assets.paths().lunrJs());
    }

    @Test
    void listsThemeFilesInsideAJar() throws Exception {
        Path jar = site.resolve("theme.jar");
        try (java.util.jar.JarOutputStream out =
                new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            for (String dir : new String[] {
                "haven-theme/",
                "haven-theme/assets/",
                "haven-theme/assets/theme/",
                "haven-theme/assets/theme/css/",
                "haven-theme/assets/images/",
                "haven-theme/assets/images/easy/"
            }) {
                out.putNextEntry(new java.util.jar.JarEntry(dir));
                out.closeEntry();
            }
            out.putNextEntry(new java.util.jar.JarEntry("haven-theme/assets/theme/css/haven.css"));
            out.write("body{}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new java.util.jar.JarEntry("haven-theme/assets/images/easy/phone.svg"));
            out.write("<svg/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (java.net.URLClassLoader loader =
                new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            Map<String, byte[]> files = new java.util.TreeMap<>();
            ThemeAssets.listClasspath(loader, "haven-theme/assets/", files);
            assertEquals(java.util.Set.of("theme/css/haven.css", "images/easy/phone.svg"), files.keySet());
            assertEquals("body{}", new String(files.get("theme/css/haven.css"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void debrandReplacesAnyOtherAssetUrl() {
        String css = "@font-face{font-family:GDS Transport;src:url(/assets/fonts/x.woff2)}"
                + ".a{font-family:GDS Transport,arial,sans-serif;background:url(/assets/images/govuk-crest.svg)}"
                + ".b{background-image:url(\"/assets/images/other.png\")}";
        String out = ThemeAssets.debrand(css);
        assertFalse(ThemeAssets.hasBrand(out), out);
        assertTrue(out.contains(".a{font-family:" + ThemeAssets.FONT_STACK + ";background:none}"), out);
    }
}
