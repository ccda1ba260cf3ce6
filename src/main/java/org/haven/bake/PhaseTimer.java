package org.haven.bake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Where a build's time goes, phase by phase; printed to stderr when HAVEN_TIMINGS is set. */
final class PhaseTimer {
    private static final boolean ON = System.getenv("HAVEN_TIMINGS") != null;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        millis.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    void print() {
        if (!ON) return;
        StringBuilder line = new StringBuilder("timings:");
        millis.forEach((phase, ms) -> line.append(String.format(Locale.ROOT, " %s=%dms", phase, ms)));
        System.err.println(line);
    }
}
