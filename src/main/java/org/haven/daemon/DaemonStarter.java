package org.haven.daemon;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a background Haven for this process's key: the same Java, options, jar, folder and
 * environment, so that it builds exactly as this process did.
 */
public final class DaemonStarter {
    private DaemonStarter() {}

    /**
     * Starts {@code mainClass} (which serves with {@link DaemonServer#serve}) in the background,
     * given the key and the command line {@code startedBy}, and returns at once: whether it was
     * started. One that cannot be started only means the next build starts Java again.
     */
    public static boolean start(DaemonKey key, Class<?> mainClass, List<String> startedBy) {
        Optional<DaemonFolder> folder = DaemonFolder.usual();
        if (folder.isEmpty()) return false;
        JavaCommand java = JavaCommand.ofThisProcess();
        List<String> command = new ArrayList<>();
        command.add(java.executable());
        command.addAll(java.options());
        command.addAll(List.of("-cp", java.classpath(), mainClass.getName(), key.hex()));
        command.addAll(startedBy);
        Path log = folder.get().log(key);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(Path.of(System.getProperty("user.dir")).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .start();
            process.getOutputStream().close();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
