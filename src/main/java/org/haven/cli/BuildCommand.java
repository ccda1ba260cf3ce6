package org.haven.cli;

import org.haven.bake.BuildOptions;
import org.haven.bake.BuildResult;
import org.haven.bake.OutputPlace;
import org.haven.bake.OutputWriter;
import org.haven.bake.SiteBuilder;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;

import java.nio.file.Path;

/** {@code haven build}: builds the site and, only when it succeeds, puts it in the output folder. */
final class BuildCommand {
    private final Arguments arguments;

    BuildCommand(Arguments arguments) {
        this.arguments = arguments;
        arguments.allowOnly("source", "output", "strict", "force");
    }

    int run() {
        long start = System.nanoTime();
        Path source = SiteFolder.check(arguments.source());
        Path output = OutputPlace.choose(source, Path.of(arguments.option("output", source.resolve("target/site").toString())),
                Path.of(System.getProperty("user.home")));
        BuildResult result;
        int changed;
        try (OutputWriter writer = OutputWriter.open(output, arguments.has("force"), System.err::println)) {
            result = strict(new SiteBuilder(source, BuildOptions.publish()).build(writer::place), arguments.has("strict"));
            long writing = System.nanoTime();
            changed = writer.commit(result.output());
            if (System.getenv("HAVEN_TIMINGS") != null) System.err.println("timings: write=" + (System.nanoTime() - writing) / 1_000_000 + "ms");
        }
        Console.problems(result.warnings(), System.out);
        System.out.println("Built " + Console.count(result.output().pageCount(), "page") + " (" + changed + " files changed), "
                + Console.count(result.warnings().size(), "warning") + ", in " + Console.seconds(start) + " → " + relative(output));
        return 0;
    }

    /** With --strict a warning stops the build like an error. */
    static BuildResult strict(BuildResult result, boolean strict) {
        if (strict && !result.warnings().isEmpty()) {
            throw new BuildFailedException(result.warnings().stream()
                    .map(w -> Problem.error(w.file(), w.line(), w.message() + " (an error under --strict)", w.fix())).toList());
        }
        return result;
    }

    private static String relative(Path output) {
        Path here = Path.of("").toAbsolutePath();
        return output.startsWith(here) ? here.relativize(output).toString() : output.toString();
    }

}
