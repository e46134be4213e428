package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.judge.JudgeRun;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.model.judge.Rubric;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Run a rubric over the selected samples with a local model; each answer is logged as a suggestion by"
                + " judge:<model> (never a verdict). Items already judged with the rubric are skipped, so running it again resumes.")
public final class JudgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", paramLabel = "NAME", description = "answer-correct or which-option (shipped), or a"
            + " template file (.txt) with {{question}}, {{steps}}, {{answer}}, {{reference}}, {{options}}, {{step}}.",
            required = true)
    String rubric;

    @Mixin
    SampleFilterOptions filters;

    @Mixin
    FlagOptions flagOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PreviewCommand.Model model;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1", description = "Requests at once (servers; default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N samples (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (concurrency < 1 || concurrency > 64) {
            throw new UserError("--concurrency is 1 to 64, not " + concurrency);
        }
        if (limit < 1) {
            throw new UserError("--limit is at least 1, not " + limit);
        }
        PrintWriter err = spec.commandLine().getErr();
        JudgeRun.Outcome outcome;
        Rubric chosen;
        try (Library library = OpenLibrary.open(spec)) {
            chosen = rubric(library);
            SampleQuery query = OpenLibrary.caughtUp(library, flagOptions.apply(filters.toQuery(filters.verdicts()), library).build());
            List<String> ids = OpenLibrary.userErrors(() -> JudgeRun.select(library, query, limit));
            try (CompletionEngine engine = PreviewCommand.open(model)) {
                int every = Math.max(1, ids.size() / 10);
                outcome = new JudgeRun(library, engine, model.name(), chosen).run(ids, concurrency, progress -> {
                    if (!json && (progress.done() % every == 0 || progress.done() == progress.total())) {
                        err.printf("judged %d of %d samples%n", progress.done(), progress.total());
                        err.flush();
                    }
                }, new CancelToken());
            } catch (EngineException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (outcome.judged() == 0 && outcome.failed() > 0) {
            throw new UserError(outcome.firstFailure());
        }
        PrintWriter out = spec.commandLine().getOut();
        double seconds = outcome.elapsed().toNanos() / 1e9;
        if (json) {
            ObjectNode node = JsonOut.object().put("rubric", chosen.name()).put("annotator", "judge:" + model.name())
                    .put("samples", outcome.samples()).put("judged", outcome.judged()).put("skipped", outcome.skipped())
                    .put("unreadable", outcome.unreadable()).put("failed", outcome.failed())
                    .put("seconds", Math.round(seconds * 1000) / 1000.0);
            if (outcome.firstFailure() != null) {
                node.put("firstFailure", outcome.firstFailure());
            }
            JsonOut.print(out, node);
        } else {
            out.printf(Locale.ROOT, "%s as judge:%s: %d judged (%d unreadable), %d already done, %d failed, %.1f s%n",
                    chosen.name(), model.name(), outcome.judged(), outcome.unreadable(), outcome.skipped(), outcome.failed(), seconds);
            if (outcome.firstFailure() != null) {
                out.println("first failure: " + outcome.firstFailure());
            }
            out.flush();
        }
        return outcome.failed() > 0 ? ExitCode.SOME_REJECTED : ExitCode.OK;
    }

    /** A shipped rubric, one saved in the window, or a template file. */
    private Rubric rubric(Library library) {
        return org.trajectorystudio.app.judge.SavedRubrics.named(library.settings(), rubric).orElseGet(() -> {
            Path file = Path.of(rubric);
            if (!Files.isRegularFile(file)) {
                throw new UserError("no rubric '" + rubric + "': use answer-correct, which-option, one saved in the window or a template file");
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try {
                return new Rubric(name.replaceAll("[^A-Za-z0-9._-]", "-"), Files.readString(file));
            } catch (java.io.IOException e) {
                throw new UserError("cannot read " + file + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError(file + ": " + e.getMessage());
            }
        });
    }
}
