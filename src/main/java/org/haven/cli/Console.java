package org.haven.cli;

import java.io.PrintStream;
import java.util.List;
import org.haven.problems.Problem;

/** Prints problems and summaries the same way for every command. */
final class Console {
    private Console() {}

    static void problems(List<Problem> problems, PrintStream out) {
        for (Problem problem : problems) out.println(problem.describe());
    }

    static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    /** "5, 7 and 15". */
    static String and(List<String> items) {
        if (items.size() < 2) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
