package org.haven.bake;

import java.util.Map;
import java.util.OptionalInt;

/**
 * How many threads convert pages at once, and how many JRuby runtimes (each its own
 * Asciidoctor) they share, thread {@code i} using runtime {@code i % runtimes}. Chosen from the
 * number of cores ({@link #forCores}, after bench/results/2026-12-01-cores.md) unless
 * {@value #THREADS} or {@value #RUNTIMES} is set.
 */
record Converting(int threads, int runtimes) {
    static final String THREADS = "HAVEN_CONVERTING_THREADS";
    static final String RUNTIMES = "HAVEN_JRUBY_RUNTIMES";
    /** The part of a cold build's CPU time on its pages that goes to converting them. */
    private static final float CONVERTING_SHARE = 0.59f;
    /** More threads than this only wait on each other. */
    private static final int MOST = 64;

    Converting {
        if (threads < 1 || runtimes < 1 || runtimes > threads)
            throw new IllegalArgumentException(threads + " threads, " + runtimes + " runtimes");
    }

    /** For this machine and this process's environment. */
    static Converting here() {
        return of(Runtime.getRuntime().availableProcessors(), System.getenv());
    }

    /**
     * {@value #RUNTIMES} alone gives that many threads at least, one on each runtime.
     *
     * @throws BadSettingException when {@value #THREADS} or {@value #RUNTIMES} is not a whole
     *     number from 1 to 64, or more runtimes are asked for than threads
     */
    static Converting of(int cores, Map<String, String> environment) {
        Converting fastest = forCores(cores);
        OptionalInt askedThreads = number(environment, THREADS);
        OptionalInt askedRuntimes = number(environment, RUNTIMES);
        int runtimes = askedRuntimes.orElse(fastest.runtimes());
        int threads = askedThreads.orElse(Math.max(fastest.threads(), runtimes));
        if (runtimes > threads) {
            throw new BadSettingException(RUNTIMES + " is " + runtimes + " but " + THREADS + " is " + threads
                    + ": each runtime needs a thread of its own. Set " + RUNTIMES + " to at most " + threads
                    + ", or unset it.");
        }
        return new Converting(threads, runtimes);
    }

    /**
     * What converts a site fastest with this many cores, by the model in
     * bench/results/2026-12-01-cores.md: enough converting threads that converting keeps pace with
     * the finishing the other cores do, all sharing one runtime (another runtime costs seconds of
     * CPU and memory to start, and converts no faster than a shared one).
     */
    static Converting forCores(int cores) {
        return new Converting(Math.max(1, Math.round(cores * CONVERTING_SHARE)), 1);
    }

    /** No more threads, nor runtimes, than there are pages to convert. */
    Converting atMost(int pages) {
        int fewerThreads = Math.max(1, Math.min(threads, pages));
        return new Converting(fewerThreads, Math.min(runtimes, fewerThreads));
    }

    private static OptionalInt number(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) return OptionalInt.empty();
        if (value.strip().matches("[0-9]{1,2}")) {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= MOST) return OptionalInt.of(number);
        }
        throw new BadSettingException(name + " is '" + value + "', which is not a number of threads. Set it to a"
                + " whole number from 1 to " + MOST + " (such as " + name + "=2), or unset it to let Haven choose"
                + " for this computer.");
    }
}
