package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.trajectorystudio.model.compare.AlignedPair;
import org.trajectorystudio.model.compare.Alignment;
import org.trajectorystudio.model.compare.AlignmentJson;
import org.trajectorystudio.model.compare.StepAligner;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "compare", mixinStandardHelpOptions = true, description = "Align the steps of two samples.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID1")
    String leftId;

    @Parameters(index = "1", paramLabel = "ID2")
    String rightId;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Sample left;
        Sample right;
        try (Library library = OpenLibrary.open(spec)) {
            left = Samples.load(library, leftId);
            right = Samples.load(library, rightId);
        }
        Alignment alignment = new StepAligner().align(left, right);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = AlignmentJson.toJson(alignment);
            node.put("left", leftId);
            node.put("right", rightId);
            JsonOut.print(out, node);
            return ExitCode.OK;
        }
        out.printf("%-4s %-28s   %-4s %-28s %s%n", "#", leftId, "#", rightId, "similarity");
        for (AlignedPair pair : alignment.pairs()) {
            out.printf(Locale.ROOT, "%-4s %-28s   %-4s %-28s %s%n",
                    index(pair.left()), describe(left, pair.left()), index(pair.right()), describe(right, pair.right()),
                    pair.isMatch() ? String.format(Locale.ROOT, "%.3f", pair.similarity()) : "-");
        }
        out.printf(Locale.ROOT, "%d matched, %d only left, %d only right, mean similarity %.3f%n",
                alignment.matched(), alignment.leftOnly(), alignment.rightOnly(), alignment.meanSimilarity());
        out.flush();
        return ExitCode.OK;
    }

    /** Steps are numbered from 1 on screen, as everywhere else on the command line; the JSON keeps 0-based indexes. */
    private static String index(Integer step) {
        return step == null ? "" : Integer.toString(step + 1);
    }

    private static String describe(Sample sample, Integer step) {
        if (step == null) {
            return "";
        }
        Step s = sample.steps().get(step);
        if (!s.toolCalls().isEmpty()) {
            return s.toolCalls().stream().map(ToolCall::name).collect(Collectors.joining(", "));
        }
        return s.effectiveAction() instanceof FinalAnswer ? "answer" : s.effectiveAction().getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
