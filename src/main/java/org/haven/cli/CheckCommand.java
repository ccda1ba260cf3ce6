package org.haven.cli;

import org.haven.bake.BuildOptions;
import org.haven.bake.BuildResult;
import org.haven.bake.SiteBuilder;

/**
 * {@code haven check}: every check a build makes, with nothing written. It checks what the
 * preview shows, drafts and pages dated in the future too, so the two agree; their problems
 * are said to be in a draft.
 */
final class CheckCommand {
    private final Arguments arguments;

    CheckCommand(Arguments arguments) {
        this.arguments = arguments;
        arguments.allowOnly("source", "strict");
    }

    int run() {
        long start = System.nanoTime();
        BuildResult result = BuildCommand.strict(new SiteBuilder(SiteFolder.check(arguments.source()), BuildOptions.previewing()).build(),
                arguments.has("strict"));
        Console.problems(result.warnings(), System.out);
        System.out.println("Checked " + Console.count(result.pages().size(), "page") + ": no errors, "
                + Console.count(result.warnings().size(), "warning") + ", in " + Console.seconds(start) + ".");
        return 0;
    }
}
