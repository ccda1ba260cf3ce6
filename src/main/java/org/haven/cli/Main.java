package org.haven.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.haven.bake.BadSettingException;
import org.haven.bake.BuildCache;
import org.haven.bake.OutputRefusedException;
import org.haven.daemon.DaemonClient;
import org.haven.daemon.DaemonKey;
import org.haven.daemon.DaemonStarter;
import org.haven.daemon.DaemonUse;
import org.haven.problems.BuildFailedException;
import org.haven.theme.ThemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code haven COMMAND [options]}: the entry point; the exit codes are listed in its help. */
@Command(
        name = "haven",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns a folder of AsciiDoc pages into a safeguarding children partnership's website.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Done.",
            "1:The site has errors (each is listed with its file, line and fix); nothing was written.",
            "2:The command was written wrongly (the message says how).",
            "3:Something went wrong inside Haven."
        })
public final class Main implements Runnable {
    static final int DONE = 0;
    static final int SITE_HAS_ERRORS = 1;
    static final int WRONG_COMMAND = 2;
    static final int HAVEN_FAILED = 3;

    /** Haven's commands, in the order its help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            BuildCommand.class,
            ServeCommand.class,
            CheckCommand.class,
            NewPageCommand.class,
            InitCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            ReportCommand.class,
            CleanCommand.class,
            StopCommand.class,
            CommandLine.HelpCommand.class);

    @Spec
    private CommandSpec spec;

    /** Haven's version, as the jar's manifest gives it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "Haven " + (version == null ? "(development build)" : version) + ", on Java "
                        + System.getProperty("java.version")
            };
        }
    }

    /** Whether the command prints to a terminal: this process's, or the one a background Haven runs it for. */
    private static volatile boolean onTerminal;

    /**
     * Runs the command, or has the background Haven for this folder and settings run it (see
     * {@link org.haven.daemon}); after a build run here, starts one for the next.
     */
    public static void main(String[] args) {
        List<String> line = Arrays.asList(args);
        boolean terminal = System.console() != null;
        if (!DaemonUse.allowed(line, System.getenv())) System.exit(run(line, terminal));
        DaemonKey key = DaemonKey.ofThisProcess();
        Optional<Integer> ranInBackground =
                DaemonClient.usual().flatMap(client -> client.run(key, line, terminal, System.out, System.err));
        if (ranInBackground.isPresent()) System.exit(ranInBackground.get());
        int code = run(line, terminal);
        if ((code == DONE || code == SITE_HAS_ERRORS) && DaemonStarter.start(key, InBackground.class, line)) {
            System.err.println("haven: Haven stays ready in the background for an hour, so that the next build here "
                    + "is quicker. 'haven stop' stops it; --no-daemon, or HAVEN_DAEMON=off, keeps it from starting.");
        }
        System.exit(code);
    }

    public static int run(List<String> args) {
        return run(args, System.console() != null);
    }

    static int run(List<String> args, boolean terminal) {
        onTerminal = terminal;
        CommandLine cli = new CommandLine(new Main());
        commandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(new PrintWriter(System.out, true))
                .setErr(new PrintWriter(System.err, true))
                .setParameterExceptionHandler(Main::wronglyWritten)
                .setExecutionExceptionHandler(Main::failed);
        try {
            return cli.execute(args.toArray(String[]::new));
        } finally {
            BuildCache.waitForEveryPack();
        }
    }

    /**
     * The command the first argument names, alone: picocli reads each command's options from its
     * annotations as it is added, which every build would wait for. Every command for anything
     * else (help, a command mistyped), so that the help lists them and a mistake gets suggestions.
     */
    private static List<Class<?>> commandsFor(List<String> args) {
        if (args.isEmpty()) return COMMANDS;
        return COMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args.get(0)))
                .findFirst()
                .<List<Class<?>>>map(List::of)
                .orElse(COMMANDS);
    }

    static boolean onTerminal() {
        return onTerminal;
    }

    /** {@code haven} alone: what the commands are. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Give a command, such as: haven build");
    }

    private static int wronglyWritten(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("haven: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        if (e.getCommandLine().getCommandSpec().userObject() instanceof Main) {
            e.getCommandLine().usage(err);
        } else {
            err.println("Run 'haven " + e.getCommandLine().getCommandName() + " --help' to see its options.");
        }
        return WRONG_COMMAND;
    }

    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof UsageException) {
            err.println("haven: " + e.getMessage());
            err.println("Run 'haven " + command.getCommandName() + " --help' to see its options.");
            return WRONG_COMMAND;
        }
        if (e instanceof BadSettingException) {
            err.println("haven: " + e.getMessage());
            return WRONG_COMMAND;
        }
        if (e instanceof OutputRefusedException) {
            err.println("haven: " + e.getMessage());
            err.println("Nothing was written.");
            return WRONG_COMMAND;
        }
        if (e instanceof BuildFailedException failure) {
            Console.problems(failure.problems(), System.err);
            err.println("The site was not built: "
                    + Console.count(
                            failure.problems().stream().filter(p -> p.isError()).count(), "error")
                    + ". Nothing was written; the last good site is unchanged.");
            if (command.getCommandSpec().userObject() instanceof OnASite site) {
                CiProblems.here().report("The site was not built", failure.problems(), site.siteFolder(), System.out);
            }
            return SITE_HAS_ERRORS;
        }
        if (e instanceof ThemeException) {
            err.println("haven: " + e.getMessage());
            err.println("The site was not built. Nothing was written; the last good site is unchanged.");
            return SITE_HAS_ERRORS;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("haven: a file could not be read or written: "
                    + io.getCause().getMessage());
            err.println("Check the folder exists, there is space on the disk and you may write there.");
            return SITE_HAS_ERRORS;
        }
        err.println("haven: something went wrong inside Haven (" + e + "). Nothing was written.");
        err.println("Please report it with the command you ran; set HAVEN_DEBUG=1 to see the details.");
        if (System.getenv("HAVEN_DEBUG") != null) e.printStackTrace(err);
        return HAVEN_FAILED;
    }
}
