package org.haven.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.haven.bake.BuildCache;
import org.haven.bake.BuildOptions;
import org.haven.bake.BuildProgress;
import org.haven.bake.BuildResult;
import org.haven.bake.OutputPlace;
import org.haven.bake.OutputWriter;
import org.haven.bake.SiteBuilder;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code haven build}: builds the site and, only when it succeeds, puts it in the output folder. */
@Command(
        name = "build",
        description = "Build the site. A build with an error writes nothing: the last good site stays as it was.",
        footer = {
            "%nIn CI: with GITHUB_ACTIONS=true each problem is also an annotation on its file and line, and all are "
                    + "listed on the run's summary page ($GITHUB_STEP_SUMMARY); with GITLAB_CI=true they are also "
                    + "written to gl-code-quality-report.json, the code quality report a merge request lists."
        })
final class BuildCommand implements Callable<Integer>, OnASite {
    @Mixin
    private SiteOption site;

    @Mixin
    private CacheOption cache;

    @Mixin
    private DaemonOption daemon;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Where to put the site. Default: target/site in the site folder.")
    private Path output;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(
            names = "--force",
            description = "Replace an output folder even when it holds files Haven did not write: they are deleted. "
                    + "Never replaces the site's own folders, .git or your home folder.")
    private boolean force;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path source = site.folder();
        Path target =
                OutputPlace.choose(source, output, Path.of(System.getProperty("user.home")), OutputPlace.Use.OUTPUT);
        BuildResult result;
        int changed;
        // Made first, as it starts Asciidoctor when a page is likely to need it, which a one-page
        // build waits for longest; nothing is written until the output is opened.
        BuildCache kept = cache.cache(source, target);
        SiteBuilder builder = new SiteBuilder(
                source, BuildOptions.publish(), kept, BuildProgress.forConsole(System.out, Main.onTerminal()));
        try (OutputWriter writer = OutputWriter.open(target, force, System.err::println)) {
            result = strict(builder.build(writer::place), strict);
            long writing = System.nanoTime();
            changed = writer.commit(result.output());
            if (System.getenv("HAVEN_TIMINGS") != null)
                System.err.println("timings: write=" + (System.nanoTime() - writing) / 1_000_000 + "ms");
        }
        Console.problems(result.warnings(), System.out);
        CiProblems.here()
                .report(
                        "The site was built, with "
                                + Console.count(result.warnings().size(), "warning"),
                        result.warnings(),
                        source,
                        System.out);
        System.out.println("Built " + Console.count(result.output().pageCount(), "page") + " (" + changed
                + " files changed), " + Console.count(result.warnings().size(), "warning") + ", in "
                + Console.seconds(start) + " → " + relative(target));
        CacheOption.sayIfNothingKept(kept);
        return 0;
    }

    @Override
    public Path siteFolder() {
        return site.folder();
    }

    /** With --strict a warning stops the build like an error. */
    static BuildResult strict(BuildResult result, boolean strict) {
        if (strict && !result.warnings().isEmpty()) {
            throw new BuildFailedException(result.warnings().stream()
                    .map(w -> Problem.error(w.file(), w.line(), w.message() + " (an error under --strict)", w.fix()))
                    .toList());
        }
        return result;
    }

    private static String relative(Path output) {
        Path here = Path.of("").toAbsolutePath();
        return output.startsWith(here) ? here.relativize(output).toString() : output.toString();
    }
}
