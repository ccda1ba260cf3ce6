package org.haven.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.haven.bake.AsciidocEngine;

/**
 * The command that started a background Haven, run again by it, once, before it serves: the
 * first build it is asked for then finds Java's compiled code for this site's build ready, not
 * only Asciidoctor. A build writes to a scratch folder instead of its own output, so nothing a
 * person sees changes; what it adds to the build cache is what the next build would have added.
 * A build that keeps no cache would convert every page again, so it is not rehearsed.
 */
record Rehearsal(List<String> args) {
    private static final String OUTPUT = "--output";

    private static final String PRACTICE_PAGE = "rehearsal-page.adoc";

    /** Enough for JRuby to compile what converting a page runs most (bench/results/2026-12-03-rehearsing-a-conversion.md). */
    static final int PRACTICE_CONVERSIONS = 40;

    /** The rehearsal of {@code command}, writing under {@code scratch}; empty when it would cost a whole build. */
    static Optional<Rehearsal> of(List<String> command, Path scratch) {
        if (command.isEmpty() || command.contains("--no-cache")) return Optional.empty();
        if (command.get(0).equals("check")) return Optional.of(new Rehearsal(List.copyOf(command)));
        if (!command.get(0).equals("build")) return Optional.empty();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String arg = command.get(i);
            if (arg.equals(OUTPUT)) i++;
            else if (!arg.startsWith(OUTPUT + "=") && !arg.equals("--force")) args.add(arg);
        }
        args.add(OUTPUT);
        args.add(scratch.resolve("site").toString());
        return Optional.of(new Rehearsal(List.copyOf(args)));
    }

    /**
     * Converts a page written like a partnership's (sections, lists, a table, admonitions, a
     * sidebar, a quotation) {@link #PRACTICE_CONVERSIONS} times, in memory, or until {@code
     * asked}; how many times. A rehearsed build converts none of the site's pages, as the cache
     * holds them all, and without this the code that converts would still be cold when the first
     * page that changed arrives.
     */
    static int practiseConverting(BooleanSupplier asked) throws IOException {
        String page = practicePage();
        Path room = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        int conversions = 0;
        while (conversions < PRACTICE_CONVERSIONS && !asked.getAsBoolean()) {
            AsciidocEngine.convert(room.resolve(PRACTICE_PAGE), page, room, Map.of());
            conversions++;
        }
        return conversions;
    }

    static String practicePage() throws IOException {
        try (InputStream page = Rehearsal.class.getResourceAsStream(PRACTICE_PAGE)) {
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs it with nothing printed; its exit code. */
    int runQuietly() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream())) {
            System.setOut(nowhere);
            System.setErr(nowhere);
            return Main.run(args, false);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
