package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.curation.LogImportResult;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the events of a curator's exported log that this library does not have yet.",
                "The latest rating, verdict or label by time wins; events for samples this library lacks are skipped."})
public final class LogImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A JSONL file written by 'log export'.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        SampleFiles.requireReadable(file);
        LogImportResult result;
        try (Library library = OpenLibrary.open(spec)) {
            result = OpenLibrary.userErrors(() -> library.curationLog().importLog(file, new CancelToken()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object().put("file", result.file()).put("lines", result.lines())
                    .put("imported", result.imported()).put("known", result.known()).put("superseded", result.superseded());
            node.set("missingSamples", JsonOut.issues(result.missingSamples()));
            node.set("rejected", JsonOut.issues(result.rejected()));
            JsonOut.print(out, node);
        } else {
            out.printf("%s: %s imported (%,d older than the current state), %,d already known, %,d for missing"
                            + " samples, %,d rejected%n", result.file(), org.trajectorystudio.model.text.Plural.of(result.imported(), "event"),
                    result.superseded(), result.known(),
                    result.missingSamples().size(), result.rejected().size());
            PrintWriter err = spec.commandLine().getErr();
            result.missingSamples().forEach(issue -> err.printf("%s:%d: %s%n", result.file(), issue.line(), issue.reason()));
            result.rejected().forEach(issue -> err.printf("%s:%d: %s%n", result.file(), issue.line(), issue.reason()));
            out.flush();
            err.flush();
        }
        return result.clean() ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }
}
