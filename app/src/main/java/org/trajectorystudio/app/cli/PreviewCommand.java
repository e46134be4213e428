package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.CompletionRequest;
import org.trajectorystudio.inference.engine.CompletionResult;
import org.trajectorystudio.inference.engine.EndpointSettings;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.inference.engine.EngineSettings;
import org.trajectorystudio.inference.engine.LlamaCppEngine;
import org.trajectorystudio.inference.engine.OpenAiCompatibleEngine;
import org.trajectorystudio.inference.engine.PreviewPrompt;
import org.trajectorystudio.inference.engine.Sampling;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Stream what a model would do at step K of a sample (the context is everything before it).")
public final class PreviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--step", required = true, paramLabel = "K", description = "The step to predict, from 1 (steps + 1 = after the last).")
    int step;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Model model;

    /** A model for a command: {@code --gguf PATH} or {@code --endpoint URL --model NAME [--api-key-env VAR]}. */
    static final class Model {
        /** The name a judge logs under: the server's model name, or the GGUF file's name without its extension. */
        String name() {
            if (gguf != null) {
                String file = gguf.getFileName().toString();
                return file.endsWith(".gguf") ? file.substring(0, file.length() - 5) : file;
            }
            return endpoint.name;
        }

        @Option(names = "--gguf", required = true, paramLabel = "PATH", description = "A local GGUF model, run in process.")
        java.nio.file.Path gguf;

        @ArgGroup(exclusive = false)
        Endpoint endpoint;
    }

    static final class Endpoint {
        @Option(names = "--endpoint", required = true, paramLabel = "URL", description = "An OpenAI-compatible server.")
        String url;

        @Option(names = "--model", required = true, paramLabel = "NAME", description = "The model name the server knows.")
        String name;

        @Option(names = "--api-key-env", paramLabel = "VAR", description = "Environment variable holding the API key.")
        String apiKeyEnv;
    }

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "1024", description = "Most tokens to generate (default ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--seed", paramLabel = "S", description = "Sampling seed, for reproducible output.")
    Long seed;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.6", description = "0 is greedy (default ${DEFAULT-VALUE}).")
    double temperature;

    @Override
    public Integer call() {
        Sample sample;
        try (Library library = OpenLibrary.open(spec)) {
            sample = Samples.load(library, id);
        }
        if (step < 1 || step > sample.steps().size() + 1) {
            throw new UserError("sample " + id + " has " + Plural.of(sample.steps().size(), "step")
                    + "; --step is 1 to " + (sample.steps().size() + 1));
        }
        CompletionRequest request = OpenLibrary.userErrors(() -> PreviewPrompt.forStep(sample, step - 1,
                Sampling.defaults().withTemperature(temperature).withMaxTokens(maxTokens).withSeed(seed)));
        PrintWriter out = spec.commandLine().getOut();
        CompletionResult result;
        try (CompletionEngine engine = open(model)) {
            result = engine.complete(request, piece -> {
                out.print(piece);
                out.flush();
            }, new CancelToken());
        } catch (EngineException e) {
            out.println();
            out.flush();
            throw new UserError(e.getMessage());
        }
        out.println();
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "%d tokens, %.1f tokens/s (%s)%n", result.tokens(), result.tokensPerSecond(),
                result.finishReason().name().toLowerCase(Locale.ROOT));
        err.flush();
        return ExitCode.OK;
    }

    /** The engine the options name; shared with {@code judge} and {@code similar}. */
    static CompletionEngine open(Model model) throws EngineException {
        if (model.gguf != null) {
            SampleFiles.requireReadable(model.gguf);
            return LlamaCppEngine.load(EngineSettings.cpu(model.gguf));
        }
        Endpoint endpoint = model.endpoint;
        EndpointSettings settings = OpenLibrary.userErrors(() -> EndpointSettings.of(endpoint.url, endpoint.name));
        if (endpoint.apiKeyEnv != null) {
            String key = System.getenv(endpoint.apiKeyEnv);
            if (key == null || key.isBlank()) {
                throw new UserError("environment variable " + endpoint.apiKeyEnv + " is not set");
            }
            settings = settings.withApiKey(key);
        }
        return new OpenAiCompatibleEngine(settings);
    }
}
