package org.haven.cli;

import org.haven.bake.AsciidocEngine;
import org.haven.problems.BuildFailedException;
import org.haven.theme.ThemeException;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** {@code haven COMMAND [options]}: the entry point. Exit 0 on success, 1 when the site has errors, 2 for a wrong command. */
public final class Main {
    static final String USAGE = """
            Usage: haven COMMAND [options]

              build  [--source DIR] [--output DIR] [--strict]   build the site (default output: target/site)
              serve  [--source DIR] [--port 8820]               preview at http://127.0.0.1:8820/, rebuilding as you save
              check  [--source DIR] [--strict]                  run every check, write nothing
              new    TYPE "Title" [--source DIR]                start a new page (TYPE: page, concern, level, priority, review, news)
              import FILE.docx [--type TYPE] [--to content/PATH.adoc] [--force]   a draft page from a Word document
              search "words" [--source DIR]                     show what the site's search finds
              report [--source DIR]                             list what needs attention: reviews due, drafts, reading level

            --source is the site folder (the one holding content/ and data/); without it, the current folder
            if it is one, else the folder haven is installed in (its example site).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    public static int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            System.out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        try {
            if (List.of("build", "serve", "check", "search", "report").contains(command)) AsciidocEngine.warmUp();
            Arguments arguments = new Arguments(args.subList(1, args.size()));
            return switch (command) {
                case "build" -> new BuildCommand(arguments).run();
                case "check" -> new CheckCommand(arguments).run();
                case "serve" -> new ServeCommand(arguments).run();
                case "new" -> new NewPageCommand(arguments).run();
                case "import" -> new ImportCommand(arguments).run();
                case "report" -> new ReportCommand(arguments).run();
                case "search" -> new SearchCommand(arguments).run();
                default -> throw new UsageException("'" + command + "' is not a Haven command.");
            };
        } catch (UsageException e) {
            System.err.println("haven: " + e.getMessage());
            System.err.println("Run 'haven help' to see the commands.");
            return 2;
        } catch (BuildFailedException e) {
            Console.problems(e.problems(), System.err);
            System.err.println("The site was not built: " + Console.count(e.problems().stream().filter(p -> p.isError()).count(), "error")
                    + ". Nothing was written; the last good site is unchanged.");
            return 1;
        } catch (ThemeException e) {
            System.err.println("haven: " + e.getMessage());
            System.err.println("The site was not built. Nothing was written; the last good site is unchanged.");
            return 1;
        } catch (UncheckedIOException e) {
            System.err.println("haven: a file could not be read or written: " + e.getCause().getMessage());
            System.err.println("Check the folder exists, there is space on the disk and you may write there.");
            return 1;
        } catch (RuntimeException e) {
            System.err.println("haven: something went wrong inside Haven (" + e + "). Nothing was written.");
            System.err.println("Please report it with the command you ran; set HAVEN_DEBUG=1 to see the details.");
            if (System.getenv("HAVEN_DEBUG") != null) e.printStackTrace();
            return 3;
        }
    }
}
