package org.haven.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.haven.bake.BuildOptions;
import org.haven.bake.SiteBuilder;
import org.haven.report.ContentReport;
import org.haven.report.JsonReport;
import org.haven.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code haven report}: what needs attention, for the comms team or for automation. Writes nothing. */
@Command(
        name = "report",
        description = {
            "List what needs attention, each page by its title and address: lines still saying FILL IN, pages due "
                    + "for review, reading grades and what to aim for, missing easy-read versions, drafts, warnings.",
            "The same report is at http://127.0.0.1:PORT/_haven/report while 'haven serve' runs."
        })
final class ReportCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Mixin
    private SiteOption site;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (to read, 80 columns wide) or json (for automation; its shape is in "
                    + "docs/content-report.md). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() {
        BuildOptions preview = BuildOptions.previewing();
        Path folder = site.folder();
        ContentReport report = ContentReport.of(new SiteBuilder(folder, preview).build(), folder, preview.today());
        System.out.print(format == Format.json ? JsonReport.of(report) : TextReport.of(report));
        return Main.DONE;
    }
}
