package org.trajectorystudio.app.preview;

import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.EndpointSettings;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.inference.engine.EngineSettings;
import org.trajectorystudio.inference.engine.LlamaCppEngine;
import org.trajectorystudio.inference.engine.OpenAiCompatibleEngine;

/** Which engine the preview runs: a GGUF file in process or an OpenAI-compatible server. Equal choices share a loaded engine. */
public sealed interface EngineChoice extends org.trajectorystudio.app.ui.task.LoadedModel.Choice<CompletionEngine> {

    /** Loads or connects; blocks (seconds for a large model), so call it off the FX thread. */
    CompletionEngine open() throws EngineException;

    /** For status lines: the file name or the server and model, never an API key. */
    String describe();

    record Embedded(EngineSettings settings) implements EngineChoice {
        @Override
        public CompletionEngine open() throws EngineException {
            return LlamaCppEngine.load(settings);
        }

        @Override
        public String describe() {
            return String.valueOf(settings.model().getFileName());
        }
    }

    /** {@link EndpointSettings#toString()} hides the API key, so this record's does too. */
    record Endpoint(EndpointSettings settings) implements EngineChoice {
        @Override
        public CompletionEngine open() {
            return new OpenAiCompatibleEngine(settings);
        }

        @Override
        public String describe() {
            return settings.model() + " at " + settings.baseUrl();
        }
    }
}
