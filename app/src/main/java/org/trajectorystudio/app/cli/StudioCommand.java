package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.ui.StudioApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: no subcommand opens the studio window. */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = StudioVersion.class,
        description = "Trajectory Studio: inspect, curate and export agentic continual pre-training data (FAS / HAS).",
        footer = {"", "Exit status: 0 done, 1 done but some records were rejected, 2 bad arguments or unreadable input."})
public final class StudioCommand implements Callable<Integer> {
    /**
     * Every subcommand, one a line: the one place they are listed. A command line names one, and only that one is
     * given to picocli: building the model of every command (their options, types and the classes behind them) was
     * most of a command's start. Help and unknown names get them all.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            InspectCommand.class,
            ImportCommand.class,
            QueryCommand.class,
            RateCommand.class,
            VerdictCommand.class,
            LabelCommand.class,
            NoteCommand.class,
            StatsCommand.class,
            CompareCommand.class,
            PreferencesCommand.class,
            ExportCommand.class,
            PreviewCommand.class,
            BenchCommand.class,
            LogCommand.class,
            AgreementCommand.class,
            TrainStartCacheCommand.class,
            TrainImportCacheCommand.class,
            JudgeCommand.class,
            SimilarCommand.class);

    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The library folder (default: $TRAJECTORY_STUDIO_LIBRARY, else ~/.trajectory-studio/library).")
    Path library;

    @Override
    public Integer call() {
        StudioApplication.launch(library);
        return ExitCode.OK;
    }

    /**
     * No arguments: the window, without picocli (loading and linking its classes, which the AOT cache cannot hold, was
     * a tenth of the window's start). A failure prints one line, as a command's does.
     */
    public static int runWindow() {
        try {
            StudioApplication.launch((Path) null);
            return ExitCode.OK;
        } catch (RuntimeException e) {
            PrintWriter err = TerminalText.printer(new PrintWriter(System.err, true), true);
            int exit = failed(err, e);
            err.flush();
            return exit;
        }
    }

    /** Runs the command line and returns the exit status; expected failures print one line, never a stack trace. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        CommandLine commandLine = new CommandLine(new StudioCommand());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        // Text from data reaches the terminal with its control characters visible (issue 15); so picocli's own help
        // is plain text, without ANSI styles that the filter would print as \x1b[1m.
        PrintWriter out = TerminalText.printer(rawOut, false);
        PrintWriter err = TerminalText.printer(rawErr, true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + exception.getMessage());
            err.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> failed(err, exception));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The subcommand the arguments name (the first word that is neither an option nor --library's value); all for
     * help and for a word that names none; none when there is no word (the window opens).
     */
    static List<Class<?>> subcommandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--library")) {
                i++;
            } else if (!arg.startsWith("-")) {
                for (Class<?> subcommand : SUBCOMMANDS) {
                    Command command = subcommand.getAnnotation(Command.class);
                    if (command.name().equals(arg) || Arrays.asList(command.aliases()).contains(arg)) {
                        return List.of(subcommand);
                    }
                }
                return SUBCOMMANDS;
            }
        }
        // No subcommand: the window, which needs none (building them all was half a second of its start); help lists them.
        return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h") ? SUBCOMMANDS : List.of();
    }

    /** A command or the window failed: one line on stderr, exit status 2. */
    private static int failed(PrintWriter err, Exception exception) {
        err.println("error: " + oneLine(exception));
        return ExitCode.BAD_INPUT;
    }

    private static String oneLine(Exception exception) {
        if (exception instanceof UserError) {
            return exception.getMessage();
        }
        String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
