package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.importing.LineIssue;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.trajectorystudio.model.task.ProgressListener;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add files to the library (importing a file again adds only what is new).")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL, JSON, gzip/zstd, Parquet or Inspect .eval files.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "F", description = "studio, react-chatml, openai, sharegpt or auto (default: detect).")
    String format;

    @Option(names = "--messages-key", paramLabel = "PATH",
            description = "Where each record keeps its conversation, as a dotted path (default: messages, conversations, history, message_history, traj, trajectory, answer_generation.train_messages).")
    String messagesKey;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        // Check every argument before importing anything, so a typo in the third file does not leave a half import.
        files.forEach(SampleFiles::requireReadable);
        String formatName = FormatOption.resolve(format) == null ? null : format;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportResult> results = new ArrayList<>();
        List<FileFailure> failures = new ArrayList<>();
        try (Library library = OpenLibrary.open(spec)) {
            for (Path file : files) {
                ProgressLine progress = new ProgressLine(json ? null : err, file.getFileName().toString());
                try {
                    results.add(OpenLibrary.userErrors(() -> library.importFile(file,
                            new ImportOptions(formatName, 0, messagesKey), progress, new CancelToken())));
                } catch (UserError e) {
                    // `import data/*` meets a README or a file of another kind: one line for it, the rest goes on.
                    progress.end();
                    failures.add(FileFailure.reported(err, file, e));
                } finally {
                    progress.end();
                    err.flush();
                }
            }
        }
        if (json) {
            JsonOut.print(out, toJson(results, failures));
        } else {
            printText(out, results);
        }
        if (!failures.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return results.stream().anyMatch(r -> r.rejectedCount() > 0) ? ExitCode.SOME_REJECTED : ExitCode.OK;
    }

    /** The file's progress on one line of stderr (none with --json), ended before anything else is printed. */
    private static final class ProgressLine implements ProgressListener {
        private final PrintWriter err;
        private final String name;
        private boolean open;

        ProgressLine(PrintWriter err, String name) {
            this.err = err;
            this.name = name;
        }

        @Override
        public void progress(Progress now) {
            if (err != null) {
                err.printf(Locale.ROOT, "\r%s: %.0f%%  %s", name, now.fraction() * 100, now.message());
                err.flush();
                open = true;
            }
        }

        void end() {
            if (open) {
                err.println();
                open = false;
            }
        }
    }

    static ObjectNode toJson(List<ImportResult> results, List<FileFailure> failures) {
        ObjectNode node = JsonOut.object();
        node.put("imported", results.stream().mapToLong(ImportResult::imported).sum());
        node.put("duplicates", results.stream().mapToLong(ImportResult::duplicates).sum());
        node.set("rejected", issues(results, true));
        node.set("warnings", issues(results, false));
        node.put("seconds", results.stream().mapToDouble(ImportResult::seconds).sum());
        ArrayNode perFile = node.putArray("files");
        for (ImportResult result : results) {
            ObjectNode row = perFile.addObject();
            row.put("file", result.file());
            row.put("format", result.format());
            row.put("datasetId", result.datasetId());
            row.put("imported", result.imported());
            row.put("duplicates", result.duplicates());
            row.put("rejectedCount", result.rejectedCount());
            row.put("warningCount", result.warningCount());
            row.set("rejected", JsonOut.issues(result.rejected()));
            row.set("warnings", JsonOut.issues(result.warnings()));
            row.put("seconds", result.seconds());
        }
        node.set("failed", FileFailure.toJson(failures));
        return node;
    }

    /** All files' issues in one list; each names its file when there are several. */
    private static ArrayNode issues(List<ImportResult> results, boolean rejected) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ImportResult result : results) {
            for (LineIssue issue : rejected ? result.rejected() : result.warnings()) {
                ObjectNode row = array.addObject().put("line", issue.line()).put("reason", issue.reason());
                if (results.size() > 1) {
                    row.put("file", result.file());
                }
            }
        }
        return array;
    }

    private static void printText(PrintWriter out, List<ImportResult> results) {
        for (ImportResult r : results) {
            out.printf(Locale.ROOT, "%s  (%s)  %s in %.1f s%n", r.file(), r.format(), r.counts(), r.seconds());
            r.rejected().stream().limit(20).forEach(i -> out.printf("    line %d: %s%n", i.line(), i.reason()));
            if (r.rejectedCount() > 20) {
                out.printf("    … and %,d more rejected (use --json for up to %d)%n", r.rejectedCount() - 20, ImportResult.LISTED);
            }
        }
        out.flush();
    }
}
