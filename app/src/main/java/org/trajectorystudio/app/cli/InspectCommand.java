package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.inspect.FileInspector;
import org.trajectorystudio.model.inspect.InspectionReport;
import org.trajectorystudio.model.inspect.InspectionReport.LineIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Detect, read and count a file without importing it.")
public final class InspectCommand implements Callable<Integer> {
    /** How many problem lines the text report lists before summarising. */
    private static final int LISTED_ISSUES = 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL, JSON, gzip/zstd, Parquet or Inspect .eval files.")
    java.util.List<Path> files;

    @Option(names = "--format", paramLabel = "F", description = "studio, react-chatml, openai, sharegpt or auto (default: detect).")
    String format;

    @Option(names = "--messages-key", paramLabel = "PATH",
            description = "Where each record keeps its conversation, as a dotted path (default: messages, conversations, history, message_history, traj, trajectory, answer_generation.train_messages).")
    String messagesKey;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        // Every argument checked first, as import does: a typo stops the command before it reads anything.
        files.forEach(SampleFiles::requireReadable);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Map<Path, InspectionReport> reports = new java.util.LinkedHashMap<>();
        java.util.List<FileFailure> failures = new java.util.ArrayList<>();
        for (Path file : files) {
            try {
                reports.put(file, inspect(file));
            } catch (UserError e) {
                if (files.size() == 1) {
                    throw e;
                }
                // `inspect data/*` meets a README: one line for it, the other files are read.
                failures.add(FileFailure.reported(err, file, e));
            }
        }
        if (json) {
            JsonOut.print(out, files.size() == 1 ? toJson(reports.values().iterator().next()) : toJson(reports, failures));
        } else {
            boolean first = true;
            for (var entry : reports.entrySet()) {
                if (!first) {
                    out.println(); // a blank line between files
                }
                printText(out, entry.getKey(), entry.getValue());
                first = false;
            }
        }
        if (!failures.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return reports.values().stream().allMatch(report -> report.rejected().isEmpty()) ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }

    private InspectionReport inspect(Path file) {
        try {
            return FileInspector.inspectWith(file, ReadOptions.of(FormatOption.resolve(format)).withMessagesKey(messagesKey));
        } catch (FormatNotDetectedException e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Several files: {@code files[{file, …one file's object}], failed[{file, reason}]}. */
    private static ObjectNode toJson(java.util.Map<Path, InspectionReport> reports, java.util.List<FileFailure> failures) {
        ObjectNode node = JsonOut.object();
        tools.jackson.databind.node.ArrayNode perFile = node.putArray("files");
        reports.forEach((file, report) -> perFile.addObject().put("file", file.toString()).setAll(toJson(report)));
        node.set("failed", FileFailure.toJson(failures));
        return node;
    }

    static ObjectNode toJson(InspectionReport report) {
        ObjectNode node = JsonOut.object();
        node.put("format", report.format());
        node.put("samples", report.samples());
        node.put("steps", report.steps());
        node.put("toolCalls", report.toolCalls());
        node.put("answers", report.answers());
        node.put("finalAnswers", report.finalAnswers());
        node.put("candidates", report.candidates());
        node.set("tools", JsonOut.counts(report.tools()));
        node.set("kinds", JsonOut.counts(report.kinds()));
        node.set("rejected", JsonOut.lineIssues(report.rejected()));
        node.set("warnings", JsonOut.lineIssues(report.warnings()));
        return node;
    }

    private void printText(PrintWriter out, Path file, InspectionReport report) {
        out.printf("%s  (%s)%n", file, report.format());
        out.printf("  samples     %,d%n", report.samples());
        report.kinds().forEach((kind, count) -> out.printf("    %-14s %,d%n", kind, count));
        out.printf("  steps       %,d%n", report.steps());
        out.printf("  tool calls  %,d%n", report.toolCalls());
        report.tools().forEach((tool, count) -> out.printf("    %-14s %,d%n", tool, count));
        out.printf("  answer steps   %,d%n", report.answers());
        out.printf("  final answers  %,d  (samples that end in an answer)%n", report.finalAnswers());
        out.printf("  candidates  %,d%n", report.candidates());
        printIssues(out, "rejected", report.rejected());
        printIssues(out, "warnings", report.warnings());
        out.flush();
    }

    private void printIssues(PrintWriter out, String title, java.util.List<LineIssue> issues) {
        out.printf("  %-11s %,d%n", title, issues.size());
        issues.stream().limit(LISTED_ISSUES).forEach(issue -> out.printf("    line %d: %s%n", issue.line(), issue.reason()));
        if (issues.size() > LISTED_ISSUES) {
            out.printf("    … and %,d more (use --json for all)%n", issues.size() - LISTED_ISSUES);
        }
    }
}
