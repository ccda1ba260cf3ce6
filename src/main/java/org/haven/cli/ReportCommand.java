package org.haven.cli;

import org.haven.bake.BuildOptions;
import org.haven.bake.SiteBuilder;
import org.haven.report.ContentReport;

/** {@code haven report}: what needs attention, for the comms team. Writes nothing. */
final class ReportCommand {
    private final Arguments arguments;

    ReportCommand(Arguments arguments) {
        this.arguments = arguments;
        arguments.allowOnly("source");
    }

    int run() {
        BuildOptions preview = BuildOptions.previewing();
        var build = new SiteBuilder(SiteFolder.check(arguments.source()), preview).build();
        System.out.print(ContentReport.of(build, preview.today()).asText());
        return 0;
    }
}
