package bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.jruby.Ruby;
import org.jruby.RubyInstanceConfig;
import org.jruby.javasupport.JavaEmbedUtils;

/**
 * Where JRuby's and Asciidoctor's start goes, step by step, in a fresh JVM: the JVM itself,
 * creating the Ruby runtime (without RubyGems, the bundled gems' folders on the load path, as
 * Haven starts it), {@code require 'asciidoctor'} and its extensions, then converting one page
 * twice (the first conversion still loads and compiles code). Each step is given as wall
 * milliseconds / CPU milliseconds of the main thread, which the machine's other load disturbs less.
 *
 * Usage: JRubyStart PAGE.adoc — prints one line, name=ms for each step. JRuby's own settings
 * come as system properties (-Djruby.compile.mode=OFF …), as for any JRuby.
 */
public final class JRubyStart {
    public static void main(String[] args) throws Exception {
        String page = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        StringBuilder report = new StringBuilder();
        long last = System.nanoTime();
        lastCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        report.append("jvm=").append(ManagementFactory.getRuntimeMXBean().getUptime());

        RubyInstanceConfig config = new RubyInstanceConfig();
        config.setDisableGems(true);
        Ruby ruby = JavaEmbedUtils.initialize(bundledGemFolders(), config);
        last = step(report, "runtime", last);
        ruby.evalScriptlet("require 'java'");
        last = step(report, "require-java", last);
        ruby.evalScriptlet("require 'asciidoctor'");
        last = step(report, "require-asciidoctor", last);
        ruby.evalScriptlet("require 'asciidoctor/extensions'");
        last = step(report, "require-extensions", last);
        ruby.getGlobalVariables().set("$page", ruby.newString(page));
        String convert = "Asciidoctor.convert($page, safe: :safe, standalone: false).length";
        ruby.evalScriptlet(convert);
        last = step(report, "first-page", last);
        ruby.evalScriptlet(convert);
        step(report, "second-page", last);
        report.append(" total=").append(ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.println(report);
    }

    private static long lastCpu;

    /** Appends NAME=WALL/CPU: the step's wall milliseconds and the CPU milliseconds of the thread that ran it. */
    private static long step(StringBuilder report, String name, long since) {
        long now = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        report.append(' ').append(name).append('=').append((now - since) / 1_000_000);
        report.append('/').append((cpu - lastCpu) / 1_000_000);
        lastCpu = cpu;
        return now;
    }

    private static List<String> bundledGemFolders() throws Exception {
        Path jar = Path.of(AsciidoctorJRuby.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.matches("gems/[^/]+/lib/"))
                    .map(name -> "uri:classloader:/" + name.substring(0, name.length() - 1))
                    .sorted()
                    .toList();
        }
    }
}
