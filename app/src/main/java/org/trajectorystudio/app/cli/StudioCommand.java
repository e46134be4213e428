package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.ui.StudioApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: no subcommand opens the studio window. */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = StudioVersion.class,
        description = "Trajectory Studio: inspect, curate and export agentic continual pre-training data (FAS / HAS).",
        subcommands = {InspectCommand.class, ImportCommand.class, QueryCommand.class, RateCommand.class, VerdictCommand.class,
                LabelCommand.class, NoteCommand.class, StatsCommand.class, CompareCommand.class, PreferencesCommand.class,
                ExportCommand.class, PreviewCommand.class, BenchCommand.class, LogCommand.class, AgreementCommand.class,
                TrainStartCacheCommand.class,
                JudgeCommand.class},
        footer = {"", "Exit status: 0 done, 1 done but some records were rejected, 2 bad arguments or unreadable input."})
public final class StudioCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The library folder (default: $TRAJECTORY_STUDIO_LIBRARY, else ~/.trajectory-studio/library).")
    Path library;

    @Override
    public Integer call() {
        StudioApplication.launch(library);
        return ExitCode.OK;
    }

    /** Runs the command line and returns the exit status; expected failures print one line, never a stack trace. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        CommandLine commandLine = new CommandLine(new StudioCommand());
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
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            err.println("error: " + oneLine(exception));
            return ExitCode.BAD_INPUT;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String oneLine(Exception exception) {
        if (exception instanceof UserError) {
            return exception.getMessage();
        }
        String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
