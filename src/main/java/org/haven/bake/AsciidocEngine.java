package org.haven.bake;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.haven.content.WebPath;

/**
 * The AsciidoctorJ instances of a Haven process, each in a JRuby runtime of its own, started only
 * when a page must be converted. JRuby takes seconds to start, so {@link #warmUp()} starts it on
 * a background thread as soon as a build knows it will convert (at once, when there is no cache
 * to look in), while the content is read and checked.
 */
public final class AsciidocEngine {
    /** The runtimes started so far, in the order they were asked for. */
    private static final List<CompletableFuture<Asciidoctor>> RUNTIMES = new CopyOnWriteArrayList<>();
    /**
     * Asciidoctor's own logger, silenced: Haven reports what it says in its own words. Held here
     * because the logging system keeps loggers only while someone else does, and forgets their level.
     */
    private static final Logger ASCIIDOCTOR_LOGGER = silenced(Logger.getLogger("asciidoctor"));
    /** What Asciidoctor says while converting on this thread: it logs on the thread that converts. */
    private static final ThreadLocal<List<LogRecord>> SAID = new ThreadLocal<>();

    private static List<String> gemFolders;

    private static final String RUBYGEMS_SWITCH = "jruby.cli.rubygems.enable";
    /**
     * JRuby's settings for a build: Ruby objects' instance variables are kept in a table rather
     * than in generated fields reached through method handles, which cost more than they save
     * without the C2 compiler; and file access goes through Java rather than binding the C
     * library, which takes part of every start that a one-page build waits for and gives
     * Asciidoctor nothing it needs (bench/results/).
     */
    private static final Map<String, String> JRUBY_SETTINGS =
            Map.of("jruby.reify.variables", "false", "jruby.native.enabled", "false");

    private static final Pattern RELATIVE_INCLUDE =
            Pattern.compile("(?m)^include::(?![{/\\\\]|[A-Za-z][A-Za-z0-9+.-]*:)");

    private AsciidocEngine() {}

    private static Logger silenced(Logger logger) {
        logger.setLevel(Level.OFF);
        return logger;
    }

    /** Starts JRuby and Asciidoctor in the background, if not started yet. */
    public static void warmUp() {
        warmUp(1);
    }

    /** Starts JRuby runtimes, each with its Asciidoctor, in the background until {@code runtimes} are started. */
    static synchronized void warmUp(int runtimes) {
        while (RUNTIMES.size() < runtimes) RUNTIMES.add(boot(RUNTIMES.size()));
    }

    private static CompletableFuture<Asciidoctor> boot(int number) {
        CompletableFuture<Asciidoctor> runtime = new CompletableFuture<>();
        Thread boot = new Thread(
                () -> {
                    try {
                        Asciidoctor asciidoctor = startWithoutRubyGems();
                        asciidoctor.registerLogHandler(AsciidocEngine::record);
                        asciidoctor.requireLibrary("uri:classloader:/org/haven/bake/includes_inside_the_site.rb");
                        asciidoctor.convert(
                                "warm", Options.builder().safe(SafeMode.SECURE).build());
                        runtime.complete(asciidoctor);
                    } catch (Throwable e) {
                        runtime.completeExceptionally(e);
                    }
                },
                "haven-asciidoctor-boot-" + number);
        boot.setDaemon(true);
        boot.start();
        return runtime;
    }

    /**
     * Starts Asciidoctor with its gems' folders (inside the AsciidoctorJ jar) on JRuby's load
     * path instead of loading RubyGems to find them, which starts faster. RubyGems is
     * loaded later if a library needs it (Rouge does). Where the jar cannot be read, RubyGems
     * finds the gems as usual. Either way JRuby starts with {@link #JRUBY_SETTINGS}.
     */
    private static Asciidoctor startWithoutRubyGems() {
        List<String> gemFolders = jrubySetUp();
        if (gemFolders.isEmpty()) return Asciidoctor.Factory.create();
        Asciidoctor asciidoctor = AsciidoctorJRuby.Factory.create(gemFolders);
        asciidoctor.requireLibrary("uri:classloader:/org/haven/bake/rubygems_when_needed.rb");
        return asciidoctor;
    }

    /**
     * The bundled gems' folders, found once, and JRuby's settings, set as system properties for
     * the whole process: JRuby reads them as each runtime starts, and runtimes may start at once
     * on several threads.
     */
    private static synchronized List<String> jrubySetUp() {
        if (gemFolders == null) {
            gemFolders = bundledGemFolders();
            JRUBY_SETTINGS.forEach(System::setProperty);
            if (!gemFolders.isEmpty()) System.setProperty(RUBYGEMS_SWITCH, "false");
        }
        return gemFolders;
    }

    /** {@code uri:classloader:/gems/NAME/lib} for each gem bundled in the AsciidoctorJ jar. */
    private static List<String> bundledGemFolders() {
        try {
            Path jar = Path.of(AsciidoctorJRuby.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isRegularFile(jar)) return List.of();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                return zip.stream()
                        .map(ZipEntry::getName)
                        .filter(name -> name.matches("gems/[^/]+/lib/"))
                        .map(name -> "uri:classloader:/" + name.substring(0, name.length() - 1))
                        .sorted()
                        .toList();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Converts one page's body to HTML from its text, as read from {@code file}. Includes are
     * read relative to the page's folder and confined to {@code siteRoot}, remote content is
     * never read, and the messages Asciidoctor logs for the file are returned with it.
     */
    public static Conversion convert(Path file, String text, Path siteRoot, Map<String, Object> attributes) {
        return convert(0, file, text, siteRoot, attributes);
    }

    /** {@link #convert(Path, String, Path, Map)} with the {@code runtime}th runtime (from 0), started if it is not. */
    static Conversion convert(int runtime, Path file, String text, Path siteRoot, Map<String, Object> attributes) {
        warmUp(runtime + 1);
        Asciidoctor asciidoctor = RUNTIMES.get(runtime).join();
        String key = file.toAbsolutePath().normalize().toString();
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(siteRoot.toFile())
                .standalone(false)
                .attributes(Attributes.builder()
                        .attributes(attributes)
                        .attribute("docfile", key)
                        .build())
                .build();
        List<LogRecord> said = new ArrayList<>();
        SAID.set(said);
        try {
            String html = asciidoctor.convert(
                    includesFromThePageFolder(
                            text,
                            siteRoot.relativize(
                                    file.toAbsolutePath().normalize().getParent())),
                    options);
            return new Conversion(
                    html,
                    said.stream().map(record -> Message.of(record, siteRoot)).toList());
        } finally {
            SAID.remove();
        }
    }

    /**
     * Asciidoctor reads a document's includes from its base folder, which is also the folder it
     * may not read outside of: the site folder. Pages name their includes relative to their own
     * folder (as Asciidoctor does for a file converted on its own), so relative targets are
     * prefixed with the page's folder. Targets that start with an attribute, a slash or a URL
     * scheme are left as written.
     */
    static String includesFromThePageFolder(String text, Path pageFolder) {
        if (!text.contains("include::")) return text;
        String prefix = WebPath.of(pageFolder);
        if (prefix.isEmpty()) return text;
        return RELATIVE_INCLUDE.matcher(text).replaceAll(Matcher.quoteReplacement("include::" + prefix + "/"));
    }

    private static void record(LogRecord record) {
        List<LogRecord> said = SAID.get();
        if (said != null && record.getSeverity().ordinal() >= Severity.WARN.ordinal()) said.add(record);
    }

    /** A page's HTML body and what Asciidoctor said about it. */
    public record Conversion(HtmlBody body, List<Message> messages) {
        public Conversion(String html, List<Message> messages) {
            this(HtmlBody.of(html), messages);
        }

        public String html() {
            return body.text();
        }
    }

    /**
     * One thing Asciidoctor said while converting a page.
     *
     * @param file the file it is about, relative to the site folder (a page or a file it
     *             includes), or null when Asciidoctor did not say (it then concerns the page)
     * @param line the 1-based line in that file, or 0 when not known
     */
    public record Message(String file, int line, String text) {
        static Message of(LogRecord record, Path siteRoot) {
            Cursor cursor = record.getCursor();
            String file = null;
            if (cursor != null && cursor.getFile() != null) {
                Path path = Path.of(cursor.getFile()).toAbsolutePath().normalize();
                Path root = siteRoot.toAbsolutePath().normalize();
                if (path.startsWith(root)) file = WebPath.of(root, path);
            }
            int line = cursor == null ? 0 : Math.max(cursor.getLineNumber(), 0);
            return new Message(file, file == null ? 0 : line, record.getMessage());
        }
    }
}
