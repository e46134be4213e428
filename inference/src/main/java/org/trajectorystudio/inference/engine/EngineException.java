package org.trajectorystudio.inference.engine;

/**
 * A failure a user can meet while loading a model or generating, with a one-line message that says what happened and,
 * where there is one, what to do about it. Sealed so that a caller can tell the cases apart; the message is always
 * fit to show as it is (never a stack trace, never an API key).
 */
public abstract sealed class EngineException extends Exception {
    private static final int MAX_MESSAGE = 400;

    private EngineException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        String line = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** The model file does not exist or cannot be read. */
    public static final class ModelNotFound extends EngineException {
        ModelNotFound(String message) {
            super(message, null);
        }
    }

    /** The file is not a GGUF model, or a damaged or incomplete one. */
    public static final class NotAGguf extends EngineException {
        NotAGguf(String message) {
            super(message, null);
        }
    }

    /** The model and its context do not fit in memory. */
    public static final class OutOfMemory extends EngineException {
        OutOfMemory(String message) {
            super(message, null);
        }
    }

    /** llama.cpp refused a model that looked valid (an unsupported architecture, memory on the GPU, …). */
    public static final class ModelLoadFailed extends EngineException {
        ModelLoadFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The prompt does not fit in the model's context. */
    public static final class ContextOverflow extends EngineException {
        ContextOverflow(String message) {
            super(message, null);
        }
    }

    /** The server could not be reached: connection refused, unknown host, no route. */
    public static final class Unreachable extends EngineException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server answered with an HTTP error status. */
    public static final class HttpError extends EngineException {
        private final int status;

        HttpError(int status, String message) {
            super(message, null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The stream ended or broke before the completion was finished. */
    public static final class StreamCutOff extends EngineException {
        StreamCutOff(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Nothing arrived for longer than the timeout allows. */
    public static final class TimedOut extends EngineException {
        TimedOut(String message) {
            super(message, null);
        }
    }

    /** The server sent something that is not the OpenAI streaming protocol (invalid JSON, no SSE). */
    public static final class BadResponse extends EngineException {
        BadResponse(String message) {
            super(message, null);
        }
    }

    /** Generation failed inside the engine or the server reported an error in the stream. */
    public static final class GenerationFailed extends EngineException {
        GenerationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
