package org.haven.daemon;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/** The Java command this process was started with, to start a background Haven as it was. */
record JavaCommand(String executable, List<String> options, String classpath) {
    /** Recording the class archive is the launcher's business, once, in the command it runs. */
    private static final String RECORDING = "-XX:ArchiveClassesAtExit=";

    private static final String USING = "-XX:SharedArchiveFile=";

    /** The launcher's class archive, recorded or used, changes how fast Java starts and nothing else. */
    static boolean isClassArchive(String option) {
        return option.startsWith(RECORDING) || option.startsWith(USING);
    }

    static JavaCommand ofThisProcess() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith(RECORDING))
                .toList();
        return new JavaCommand(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                options,
                System.getProperty("java.class.path"));
    }
}
