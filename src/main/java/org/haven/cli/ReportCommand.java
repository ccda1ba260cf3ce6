package org.haven.cli;

import java.util.concurrent.Callable;
import org.haven.bake.BuildOptions;
import org.haven.bake.SiteBuilder;
import org.haven.report.ContentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code haven report}: what needs attention, for the comms team. Writes nothing. */
@Command(
        name = "report",
        description = "List what needs attention: pages due for review, drafts, reading level, warnings.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    private SiteOption site;

    @Override
    public Integer call() {
        BuildOptions preview = BuildOptions.previewing();
        var build = new SiteBuilder(site.folder(), preview).build();
        System.out.print(ContentReport.of(build, preview.today()).asText());
        return 0;
    }
}
