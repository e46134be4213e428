package org.trajectorystudio.inference.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/**
 * What went wrong with a request to an OpenAI-compatible server, in the user's words and with the key masked: one
 * wording for completions ({@link OpenAiCompatibleEngine}) and embeddings ({@link OpenAiEmbedder}).
 */
record EndpointFailures(EndpointSettings settings, Redactor redactor) {

    EngineException httpError(int status, String body) {
        String phrase = OpenAiCompatibleEngine.STATUS.containsKey(status) ? " (" + OpenAiCompatibleEngine.STATUS.get(status) + ")" : "";
        String message = settings.server() + " answered HTTP " + status + phrase
                + ServerMessage.fromBody(body).map(said -> ": " + redactor.redact(said)).orElse("");
        String hint = switch (status) {
            case 401, 403 -> "Check the API key.";
            case 404 -> "Check the base URL and the model name '" + settings.model() + "'.";
            case 503 -> "The server may still be loading the model.";
            default -> "";
        };
        if (!hint.isEmpty()) {
            message += (message.matches("(?s).*[.!?]$") ? " " : ". ") + hint;
        }
        return new EngineException.HttpError(status, redactor.redact(message));
    }

    /** A failure before or while the answer arrived, in the user's words. */
    EngineException connectionFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String server = settings.server();
        return switch (cause) {
            case HttpConnectTimeoutException e -> new EngineException.TimedOut("Could not connect to " + server + " within "
                    + settings.connectTimeout().toSeconds() + " s (connect timeout); is the address right and the server up?");
            case HttpTimeoutException e -> new EngineException.TimedOut("No answer from " + server + " for " + seconds() + " (read timeout)");
            case ConnectException e when hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class) ->
                    new EngineException.Unreachable("Unknown host '" + settings.baseUrl().getHost() + "'", e);
            case ConnectException e -> new EngineException.Unreachable("Could not connect to " + server
                    + ": connection refused; is the server running on that port?", e);
            case SSLException e -> new EngineException.Unreachable("Secure connection to " + server + " failed: " + describe(e), e);
            case IOException e -> new EngineException.StreamCutOff("The connection to " + server + " broke: " + describe(e), e);
            default -> new EngineException.GenerationFailed("Request to " + server + " failed: " + describe(cause), cause);
        };
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** An exception in a few words: its message, else its type. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** The message for a read timeout. */
    String readTimeout() {
        return "No answer from " + settings.server() + " for " + seconds() + " (read timeout)";
    }

    private String seconds() {
        long millis = settings.readTimeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
