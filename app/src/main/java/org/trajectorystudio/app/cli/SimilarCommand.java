package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.similar.EmbeddingChoice;
import org.trajectorystudio.inference.engine.EmbeddingEngine;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.similar.SimilarityService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "List the samples closest to sample ID by the embeddings of their question and final answer"
                + " (cosine similarity, 1 = the same text). Samples not embedded yet are embedded first; the model is"
                + " remembered for this library, and another model rebuilds its vectors.")
public final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The sample to find others like.")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PreviewCommand.Model model;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "10", description = "How many neighbours (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new UserError("--limit is 1 to 1000, not " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library library = OpenLibrary.open(spec)) {
            if (library.samples().summary(id).isEmpty()) {
                throw new UserError("no sample '" + id + "' in the library");
            }
            EmbeddingChoice choice = model == null ? EmbeddingChoice.saved(library.settings()).orElseThrow(() -> new UserError(
                    "no embedding model chosen for this library: pass --gguf PATH or --endpoint URL --model NAME")) : chosen();
            try (EmbeddingEngine engine = OpenLibrary.userErrors(() -> open(choice))) {
                SimilarityService similar = library.similar();
                OpenLibrary.userErrors(() -> {
                    similar.use(EmbeddingChoice.forLibrary(engine));
                    long[] shown = {0};
                    similar.awaitCaughtUp(progress -> { // batches of several samples: about every tenth, and the end
                        long done = progress.done();
                        long waiting = progress.total();
                        long every = Math.max(1, waiting / 10);
                        if (!json && (done / every > shown[0] / every || done >= waiting)) {
                            shown[0] = done;
                            err.printf("embedded %d of %d samples%n", Math.min(done, waiting), waiting);
                            err.flush();
                        }
                    });
                    return null;
                });
                if (model != null) {
                    choice.save(library.settings());
                }
                List<SimilarityService.Neighbour> neighbours = OpenLibrary.userErrors(() -> similar.similar(id, limit));
                print(out, library, engine.identity(), neighbours);
            }
        }
        return ExitCode.OK;
    }

    private EmbeddingChoice chosen() {
        if (model.gguf != null) {
            SampleFiles.requireReadable(model.gguf);
            return new EmbeddingChoice.Gguf(model.gguf);
        }
        return new EmbeddingChoice.Endpoint(model.endpoint.url, model.endpoint.name, model.endpoint.apiKeyEnv);
    }

    private static EmbeddingEngine open(EmbeddingChoice choice) {
        try {
            return choice.open();
        } catch (EngineException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void print(PrintWriter out, Library library, String identity, List<SimilarityService.Neighbour> neighbours) {
        if (json) {
            ObjectNode node = JsonOut.object().put("id", id).put("model", identity);
            ArrayNode list = node.putArray("neighbours");
            for (SimilarityService.Neighbour neighbour : neighbours) {
                list.addObject().put("id", neighbour.id()).put("score", Math.round(neighbour.score() * 1e6) / 1e6)
                        .put("question", question(library, neighbour.id()));
            }
            JsonOut.print(out, node);
            return;
        }
        out.printf("%-8s %-16s %s%n", "score", "id", "question");
        for (SimilarityService.Neighbour neighbour : neighbours) {
            out.printf(Locale.ROOT, "%-8.4f %-16s %s%n", neighbour.score(), neighbour.id(),
                    QueryCommand.shorten(question(library, neighbour.id()).replace('\n', ' '), 60));
        }
        out.printf("%s like %s%n", Plural.of(neighbours.size(), "sample"), id);
        out.flush();
    }

    private static String question(Library library, String id) {
        return library.samples().summary(id).map(row -> row.question()).orElse("");
    }
}
