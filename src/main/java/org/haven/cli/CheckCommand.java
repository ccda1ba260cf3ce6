package org.haven.cli;

import java.util.concurrent.Callable;
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
@Command(name = "check", description = "Run every check on every page, drafts included. Nothing is written.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    private SiteOption site;

    @Mixin
    private CacheOption cache;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BuildResult result = BuildCommand.strict(
                new SiteBuilder(
                                site.folder(),
                                BuildOptions.previewing(),
                                cache.cache(site.folder()),
                                BuildProgress.forConsole(System.out))
                        .build(),
                strict);
        Console.problems(result.warnings(), System.out);
        System.out.println("Checked " + Console.count(result.pages().size(), "page") + ": no errors, "
                + Console.count(result.warnings().size(), "warning") + ", in " + Console.seconds(start) + ".");
        return 0;
    }
}
