package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.compare.PreferenceExport;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "preferences", mixinStandardHelpOptions = true,
        description = {"Write the curators' preferences as DPO pairs in JSONL.",
                "Pairwise preferences become {question, chosen, rejected} rows, and step-level preferences (one HAS option",
                "over another) {prompt, chosen, rejected} rows.",
                "chosen/rejected are the conversations as 'export --format chat' writes its messages.",
                "The latest preference of a pair wins; ties and pairs with different questions are skipped and counted."})
public final class PreferencesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSONL file to write.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PreferenceExport.Result result;
        try (Library library = OpenLibrary.open(spec)) {
            result = new PreferenceExport().write(library, out);
        } catch (IOException e) {
            throw new UserError(out + ": cannot write (" + e.getMessage() + ")");
        }
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("exported", result.exported());
            node.put("ties", result.ties());
            node.put("differentQuestions", result.differentQuestions());
            node.put("stepPairs", result.stepPairs());
            node.put("superseded", result.superseded());
            node.put("out", result.out().toString());
            JsonOut.print(writer, node);
            return ExitCode.OK;
        }
        writer.printf(Locale.ROOT, "exported %s and %s to %s%n", Plural.of(result.exported(), "preference pair"),
                Plural.of(result.stepPairs(), "step-level DPO row"), result.out());
        writer.printf(Locale.ROOT, "  skipped %s, %s with different questions; %s superseded%n",
                Plural.of(result.ties(), "tie"), Plural.of(result.differentQuestions(), "pair"),
                Plural.of(result.superseded(), "older preference"));
        writer.flush();
        return ExitCode.OK;
    }
}
