package org.haven.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.haven.bake.BuildCache;
import org.haven.bake.BuildOptions;
import org.haven.bake.BuildProgress;
import org.haven.bake.BuildResult;
import org.haven.bake.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code haven check}: every check a build makes, with nothing written. It checks what the
 * preview shows, drafts and pages dated in the future too, so the two agree; their problems
 * are said to be in a draft.
 */
@Command(
        name = "check",
        description = "Run every check on every page, drafts included. Nothing is written.",
        footer = {
            "%nIn CI: with GITHUB_ACTIONS=true each problem is also an annotation on its file and line, and all are "
                    + "listed on the run's summary page ($GITHUB_STEP_SUMMARY); with GITLAB_CI=true they are also "
                    + "written to gl-code-quality-report.json, the code quality report a merge request lists."
        })
final class CheckCommand implements Callable<Integer>, OnASite {
    @Mixin
    private SiteOption site;

    @Mixin
    private CacheOption cache;

    @Mixin
    private DaemonOption daemon;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Override
    public Path siteFolder() {
        return site.folder();
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path folder = site.folder();
        BuildCache kept = cache.cache(folder);
        BuildResult result = BuildCommand.strict(
                new SiteBuilder(
                                folder,
                                BuildOptions.previewing(),
                                kept,
                                BuildProgress.forConsole(System.out, Main.onTerminal()))
                        .build(),
                strict);
        Console.problems(result.warnings(), System.out);
        CiProblems.here()
                .report(
                        "The check found " + Console.count(result.warnings().size(), "warning"),
                        result.warnings(),
                        folder,
                        System.out);
        System.out.println("Checked " + Console.count(result.pages().size(), "page") + ": no errors, "
                + Console.count(result.warnings().size(), "warning") + ", in " + Console.seconds(start) + ".");
        CacheOption.sayIfNothingKept(kept);
        return 0;
    }
}
