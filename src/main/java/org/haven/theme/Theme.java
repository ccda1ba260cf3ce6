package org.haven.theme;

import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.error.PebbleException;
import com.mitchellbosecke.pebble.extension.AbstractExtension;
import com.mitchellbosecke.pebble.loader.ClasspathLoader;
import com.mitchellbosecke.pebble.loader.DelegatingLoader;
import com.mitchellbosecke.pebble.loader.FileLoader;
import com.mitchellbosecke.pebble.loader.Loader;
import com.mitchellbosecke.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.hosting.SecurityHeaders;

/**
 * The page templates: a site's own {@code templates/NAME.peb} wins over the default theme's
 * {@code haven-theme/templates/NAME.peb} on the classpath. Names are given without the
 * extension ({@code render("page", model)}). The wording in {@code messages.yaml} is
 * overridden the same way, name by name, and each language's in {@link InterfaceLanguages}. Safe to use from several threads.
 */
public final class Theme {
    static final String CLASSPATH_PREFIX = "haven-theme/templates";
    static final String SUFFIX = ".peb";

    private final PebbleEngine engine;
    private final Path siteTemplates;
    private final InterfaceLanguages languages;

    private Theme(PebbleEngine engine, Path siteTemplates, InterfaceLanguages languages) {
        this.engine = engine;
        this.siteTemplates = siteTemplates;
        this.languages = languages;
    }

    /** The theme for the site in {@code siteRoot} (its {@code templates/} folder need not exist). */
    public static Theme load(Path siteRoot) {
        Path siteTemplates = siteRoot.resolve("templates").toAbsolutePath().normalize();
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            FileLoader site = new FileLoader();
            site.setPrefix(siteTemplates.toString());
            site.setSuffix(SUFFIX);
            site.setCharset("UTF-8");
            loaders.add(site);
        }
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(CLASSPATH_PREFIX);
        builtIn.setSuffix(SUFFIX);
        builtIn.setCharset("UTF-8");
        loaders.add(builtIn);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .cacheActive(true)
                .newLineTrimming(false)
                .defaultLocale(Locale.UK)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Object> getGlobalVariables() {
                        return Map.of("security", SecurityHeaders.FOR_TEMPLATES);
                    }
                })
                .build();
        return new Theme(engine, siteTemplates, InterfaceLanguages.load(siteRoot));
    }

    /** Renders template {@code templateName} (no extension) with {@code model}. */
    public String render(String templateName, Map<String, Object> model) {
        try {
            PebbleTemplate template = engine.getTemplate(templateName);
            StringWriter out = new StringWriter(16 * 1024);
            template.evaluate(out, model, Locale.UK);
            return out.toString();
        } catch (PebbleException e) {
            throw explain(templateName, e);
        } catch (IOException e) {
            throw new ThemeException(
                    "Could not write the page from template " + describe(templateName) + ": " + e.getMessage(),
                    describe(templateName),
                    null,
                    e);
        } catch (RuntimeException e) {
            throw new ThemeException(
                    "Template " + describe(templateName) + " could not be rendered: " + plain(e),
                    describe(templateName),
                    null,
                    e);
        }
    }

    /** The English wording Haven writes into generated pages, the site's over the theme's. */
    public Messages messages() {
        return languages.english();
    }

    /** The interface's wording in every language there is a file for. */
    public InterfaceLanguages languages() {
        return languages;
    }

    /** True when the site has its own version of this template. */
    public boolean isOverridden(String templateName) {
        return Files.isRegularFile(siteTemplates.resolve(templateName + SUFFIX));
    }

    private ThemeException explain(String requested, PebbleException e) {
        String name = e.getFileName() != null ? e.getFileName() : requested;
        String file = describe(name);
        Integer line = e.getLineNumber();
        String what =
                e.getPebbleMessage() == null ? plain(e) : e.getPebbleMessage().trim();
        if (what.startsWith("Could not find template") || what.contains("Could not find template")) {
            what = "a template it names does not exist (" + what + ")";
        }
        StringBuilder message = new StringBuilder("Template ").append(file);
        if (line != null && line > 0) message.append(", line ").append(line);
        message.append(": ").append(what);
        if (!what.endsWith(".")) message.append('.');
        if (isOverridden(name)) {
            message.append(" Fix ")
                    .append(file)
                    .append(" in the site folder, or delete it to use the default theme's version.");
        }
        return new ThemeException(message.toString(), file, line, null);
    }

    /** How to name a template to a person: the site's file if it has one, else the theme's. */
    private String describe(String name) {
        if (isOverridden(name)) return "templates/" + name + SUFFIX;
        return name + SUFFIX + " (default theme)";
    }

    private static String plain(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
