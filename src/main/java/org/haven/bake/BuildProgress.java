package org.haven.bake;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How far the conversion of the pages has got. On a terminal, once converting has taken more
 * than {@link #QUIET_NANOS}, one line on stderr rewritten in place: pages converted of those
 * to convert, and about how long is left; it is cleared when the pages are done. Elsewhere (a
 * CI log) one line when they are done, saying how many were converted and how many came
 * from the cache.
 */
public final class BuildProgress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private int total;
    private int toConvert;
    private int converted;
    private long startedAt;
    /** When the first page was done: the estimate leaves it out, as it waited for Asciidoctor to start. */
    private long firstDoneAt;

    private long shownAt;
    private int shownLength;

    private BuildProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Says nothing (tests, the preview). */
    public static BuildProgress silent() {
        return new BuildProgress(null, false);
    }

    /** Live on stderr when that is a {@code terminal}; otherwise a summary on {@code summaries}. */
    public static BuildProgress forConsole(PrintStream summaries, boolean terminal) {
        return new BuildProgress(terminal ? System.err : summaries, terminal);
    }

    static BuildProgress to(PrintStream out, boolean terminal) {
        return new BuildProgress(out, terminal);
    }

    synchronized void converting(int toConvert, int total) {
        this.toConvert = toConvert;
        this.total = total;
        this.startedAt = System.nanoTime();
    }

    /** Cached pages that could not be trusted after all, to be converted too. */
    synchronized void alsoConverting(int more) {
        toConvert += more;
    }

    synchronized void converted() {
        converted++;
        long now = System.nanoTime();
        if (converted == 1) firstDoneAt = now;
        if (out == null || !terminal || now - startedAt < QUIET_NANOS || now - shownAt < EVERY_NANOS) return;
        shownAt = now;
        show(line(now));
    }

    synchronized void done() {
        if (out == null) return;
        if (terminal) {
            if (shownLength > 0) show("");
            return;
        }
        out.println(summary(System.nanoTime()));
    }

    String line(long now) {
        String done = String.format(Locale.ROOT, "Converting pages: %d of %d%s", converted, toConvert, fromCache());
        if (converted < 2) return done;
        double perPage = (now - firstDoneAt) / 1e9 / (converted - 1);
        long left = Math.round(perPage * (toConvert - converted));
        return done + ", about " + (left < 60 ? left + " s" : (left + 30) / 60 + " min") + " left";
    }

    String summary(long now) {
        return String.format(
                Locale.ROOT,
                "Converted %d of %d pages in %.1f s%s.",
                converted,
                total,
                toConvert == 0 ? 0.0 : (now - startedAt) / 1e9,
                fromCache());
    }

    private String fromCache() {
        int reused = total - toConvert;
        return reused == 0 ? "" : " (" + reused + " unchanged, from the cache)";
    }

    private void show(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())) + "\r");
        out.flush();
        shownLength = line.length();
    }
}
