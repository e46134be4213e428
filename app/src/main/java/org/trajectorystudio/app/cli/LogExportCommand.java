package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.curation.LogExportResult;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the curation log (one event a line, oldest first) to a JSONL file.")
public final class LogExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSONL file to write (replaced).")
    Path out;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only this annotator's events (default: everyone's).")
    String annotator;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        LogExportResult result;
        try (Library library = OpenLibrary.open(spec)) {
            result = OpenLibrary.userErrors(() -> library.curationLog().export(out, annotator));
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object().put("events", result.events()).put("out", result.file())
                    .put("bytes", result.bytes());
            if (result.annotator() == null) {
                node.putNull("annotator");
            } else {
                node.put("annotator", result.annotator());
            }
            JsonOut.print(printer, node);
        } else {
            printer.printf("%,d events%s written to %s%n", result.events(),
                    result.annotator() == null ? "" : " by " + result.annotator(), result.file());
            printer.flush();
        }
        return ExitCode.OK;
    }
}
