package org.haven.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.haven.bake.Cleaning;
import org.haven.bake.OutputPlace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code haven clean}: removes the build cache and the built site, where Haven made them. */
@Command(
        name = "clean",
        description =
                "Remove the build cache, and the built site if Haven wrote it. The pages themselves are never touched.")
final class CleanCommand implements Callable<Integer> {
    @Mixin
    private SiteOption site;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "The build cache to remove. Default: target/haven-cache in the site folder.")
    private Path cache;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "The built site to remove. Default: target/site in the site folder.")
    private Path output;

    @Override
    public Integer call() {
        Path source = site.folder();
        Path built =
                OutputPlace.choose(source, output, Path.of(System.getProperty("user.home")), OutputPlace.Use.OUTPUT);
        for (Cleaning.Outcome outcome :
                List.of(Cleaning.cache(CacheOption.folder(source, cache)), Cleaning.site(built))) {
            if (outcome.removed()) System.out.println("Removed " + outcome.what() + ", " + outcome.folder() + ".");
            else if (outcome.whyLeft() != null)
                System.out.println(
                        "Left " + outcome.what() + " " + outcome.folder() + " as it is: " + outcome.whyLeft() + ".");
            else
                System.out.println(
                        "Nothing to remove for " + outcome.what() + ": " + outcome.folder() + " does not exist.");
        }
        return 0;
    }
}
