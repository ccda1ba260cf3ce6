package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Haven adds a site's path (https://org.github.io/site/) to the addresses in its pages, not inside
 * stylesheets and scripts: so the theme's own name no address from the host's root, and find what
 * they need relative to themselves.
 */
class ThemeAddressesTest {
    /** {@code url(/images/x.svg)} in CSS; {@code '/search/index.json'} in a script. */
    private static final Pattern CSS_ROOT_ADDRESS = Pattern.compile("url\\(\\s*['\"]?/(?!/)");

    private static final Pattern SCRIPT_ROOT_ADDRESS = Pattern.compile("['\"]/[A-Za-z_]");

    @TempDir
    Path site;

    @Test
    void theThemesStylesheetsAndScriptsNameNoAddressFromTheHostsRoot() {
        Map<String, byte[]> files = ThemeAssets.load(site).files();
        List<String> ours = files.keySet().stream()
                .filter(path -> path.endsWith(".css") || path.endsWith(".js"))
                .filter(path -> !path.equals(ThemeAssets.PATHS.lunrJs().substring(1)))
                .sorted()
                .toList();
        assertTrue(ours.contains("theme/js/search.js") && ours.contains("theme/css/haven.css"), ours.toString());
        for (String path : ours) {
            String text = new String(files.get(path), StandardCharsets.UTF_8);
            Matcher root = (path.endsWith(".css") ? CSS_ROOT_ADDRESS : SCRIPT_ROOT_ADDRESS).matcher(text);
            if (root.find())
                fail(path + " names an address from the host's root: "
                        + text.substring(root.start(), Math.min(text.length(), root.start() + 40)));
        }
    }

    @Test
    void theCheckFindsAnAddressFromTheRootWhereThereIsOne() {
        assertTrue(SCRIPT_ROOT_ADDRESS
                .matcher("var INDEX_URL = '/search/index.json';")
                .find());
        assertTrue(CSS_ROOT_ADDRESS
                .matcher(".logo { background: url(\"/images/logo.svg\") }")
                .find());
        assertFalse(CSS_ROOT_ADDRESS
                .matcher("background: url(data:image/svg+xml,x)")
                .find());
    }
}
