package org.haven.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haven.content.WebPath;

/**
 * The files the default theme adds to every site: its own CSS, JavaScript and easy-read
 * pictures (classpath {@code haven-theme/assets/}), GOV.UK Frontend's stylesheet with the
 * GOV.UK brand (fonts, crest) taken out, and lunr for search. A site's own {@code assets/}
 * are copied after these by the renderer and so replace them.
 */
public final class ThemeAssets {
    static final String CLASSPATH_ROOT = "haven-theme/assets";
    static final String GOVUK_WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
    static final String GOVUK_CSS_IN_WEBJAR = "/dist/govuk/govuk-frontend.min.css";
    static final String LUNR_WEBJAR = "META-INF/resources/webjars/lunr/";
    static final String LUNR_IN_WEBJAR = "/lunr.min.js";

    /** The font stack used instead of GDS Transport (which only GOV.UK may use). */
    public static final String FONT_STACK =
            "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

    /** Site paths of the theme's files, as given to the layout as {@code assets}. */
    public record Paths(
            String css, String printCss, String govukCss, String js, String searchJs, String lunrJs, String favicon) {}

    public static final Paths PATHS = new Paths(
            "/theme/css/haven.css",
            "/theme/css/print.css",
            "/theme/govuk-frontend.css",
            "/theme/js/haven.js",
            "/theme/js/search.js",
            "/theme/js/lunr.min.js",
            "/theme/images/favicon.svg");

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");
    private static final Pattern ASSET_URL = Pattern.compile("url\\(\\s*['\"]?/assets/[^)]*\\)");

    private final Map<String, byte[]> files;

    private ThemeAssets(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** The theme's files for the site in {@code siteRoot}. */
    public static ThemeAssets load(Path siteRoot) {
        Map<String, byte[]> files = new TreeMap<>();
        ClassLoader loader = ThemeAssets.class.getClassLoader();
        listClasspath(loader, CLASSPATH_ROOT + "/", files);
        if (files.isEmpty()) listCodeSource(CLASSPATH_ROOT + "/", files);
        files.put(PATHS.govukCss().substring(1), govukCss(loader).getBytes(StandardCharsets.UTF_8));
        files.put(PATHS.lunrJs().substring(1), webjarFile(loader, LUNR_WEBJAR, LUNR_IN_WEBJAR));
        return new ThemeAssets(files);
    }

    /** Every file, keyed by its site path without a leading slash (e.g. {@code theme/css/haven.css}). */
    public Map<String, byte[]> files() {
        return files;
    }

    /** Site paths for the layout's {@code assets} variable. */
    public Paths paths() {
        return PATHS;
    }

    /** GOV.UK Frontend's minified CSS with no GOV.UK fonts, crest or any other {@code /assets/} URL. */
    static String govukCss(ClassLoader loader) {
        String css = new String(webjarFile(loader, GOVUK_WEBJAR, GOVUK_CSS_IN_WEBJAR), StandardCharsets.UTF_8);
        return debrand(css);
    }

    static String debrand(String css) {
        String out = FONT_FACE.matcher(css).replaceAll("");
        out = removeFontComments(out);
        out = out.replace("GDS Transport,arial,sans-serif", FONT_STACK);
        out = out.replace("\"GDS Transport\"", FONT_STACK).replace("'GDS Transport'", FONT_STACK);
        out = out.replace("GDS Transport", FONT_STACK);
        out = out.replace("url(/assets/images/govuk-crest.svg)", "none");
        out = ASSET_URL.matcher(out).replaceAll("none");
        return out;
    }

    /** Drops any comment that talks about the GOV.UK typeface (its licence note). */
    private static String removeFontComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (true) {
            int start = css.indexOf("/*", i);
            if (start < 0) {
                out.append(css, i, css.length());
                break;
            }
            int end = css.indexOf("*/", start + 2);
            if (end < 0) {
                out.append(css, i, css.length());
                break;
            }
            String comment = css.substring(start, end + 2);
            out.append(css, i, start);
            boolean aboutFont = comment.contains("GDS Transport")
                    || comment.contains("Margaret Calvert")
                    || comment.contains("gov.uk");
            if (!aboutFont) out.append(comment);
            i = end + 2;
        }
        return out.toString();
    }

    /** Reads {@code PREFIX/VERSION/REST} from a webjar, finding the one version present. */
    static byte[] webjarFile(ClassLoader loader, String prefix, String rest) {
        String version = webjarVersion(loader, prefix);
        String path = prefix + version + rest;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) throw new ThemeException("The theme cannot find " + path + " on the classpath.");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version folder of a webjar, read from the classpath rather than written down twice. */
    static String webjarVersion(ClassLoader loader, String prefix) {
        try {
            Enumeration<URL> roots = loader.getResources(prefix);
            while (roots.hasMoreElements()) {
                for (String name : childNames(roots.nextElement(), prefix)) {
                    if (!name.isEmpty()) return name;
                }
            }
            // Some jars have no directory entries: look through the pom.properties instead.
            String artifact = prefix.substring(prefix.lastIndexOf('/', prefix.length() - 2) + 1, prefix.length() - 1);
            String pom = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
            try (InputStream in = loader.getResourceAsStream(pom)) {
                if (in != null) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(in);
                    String v = p.getProperty("version");
                    if (v != null) return v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new ThemeException("The theme cannot find the webjar " + prefix + " on the classpath.");
    }

    private static List<String> childNames(URL url, String prefix) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                return s.filter(Files::isDirectory)
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                java.util.Set<String> names = new java.util.TreeSet<>();
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(prefix) && name.length() > prefix.length()) {
                        String rest = name.substring(prefix.length());
                        int slash = rest.indexOf('/');
                        if (slash > 0) names.add(rest.substring(0, slash));
                    }
                }
                return List.copyOf(names);
            }
        }
        return List.of();
    }

    /** Every file under classpath folder {@code root} (ending in '/'), from directories or jars. */
    static void listClasspath(ClassLoader loader, String root, Map<String, byte[]> into) {
        try {
            Enumeration<URL> roots = loader.getResources(root);
            List<URL> all = Collections.list(roots);
            // Earlier classpath entries win: read them last so they overwrite.
            Collections.reverse(all);
            for (URL url : all) {
                if ("file".equals(url.getProtocol())) {
                    readFolder(Path.of(url.toURI()), into);
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        readJar(jar, root, into);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fallback for a jar with no directory entries: scan the jar or folder this class came from. */
    static void listCodeSource(String root, Map<String, byte[]> into) {
        try {
            URL location =
                    ThemeAssets.class.getProtectionDomain().getCodeSource().getLocation();
            Path base = Path.of(location.toURI());
            if (Files.isDirectory(base)) {
                Path dir = base.resolve(root);
                if (Files.isDirectory(dir)) readFolder(dir, into);
            } else {
                try (JarFile jar = new JarFile(base.toFile())) {
                    readJar(jar, root, into);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            // No code source to look in: the theme then contributes only the webjar files.
        }
    }

    private static void readFolder(Path dir, Map<String, byte[]> into) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                into.put(WebPath.of(dir, file), Files.readAllBytes(file));
            }
        }
    }

    private static void readJar(JarFile jar, String root, Map<String, byte[]> into) throws IOException {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(root)) continue;
            try (InputStream in = jar.getInputStream(entry)) {
                into.put(entry.getName().substring(root.length()), in.readAllBytes());
            }
        }
    }

    /** For tests: does this CSS still carry any of the GOV.UK brand? */
    static boolean hasBrand(String css) {
        Matcher m = ASSET_URL.matcher(css);
        return css.contains("@font-face") || css.contains("GDS Transport") || m.find() || css.contains("/assets/");
    }
}
