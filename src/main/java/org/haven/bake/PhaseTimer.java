package org.haven.bake;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a build's time goes, phase by phase, and when the build started after the JVM did;
 * printed to stderr when HAVEN_TIMINGS is set.
 */
final class PhaseTimer {
    private static final boolean ON = System.getenv("HAVEN_TIMINGS") != null;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final long startedAfterJvm =
            ON ? ManagementFactory.getRuntimeMXBean().getUptime() : 0;
    private long last = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        millis.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    void print() {
        if (!ON) return;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "timings: jvm-start=%dms", startedAfterJvm));
        millis.forEach((phase, ms) -> line.append(String.format(Locale.ROOT, " %s=%dms", phase, ms)));
        System.err.println(line);
    }
}
