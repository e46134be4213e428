package org.trajectorystudio.inference.engine;

import java.util.concurrent.Flow;

/**
 * Turns the lines of a server-sent-events body into completion text: {@code data:} lines are gathered into events
 * (a blank line ends one), {@code data: [DONE]} ends the completion, comments and other fields are skipped.
 *
 * <p>It ends the {@link TokenStream} exactly once: finished, or failed with a cut-off stream (the body ended or broke
 * before {@code [DONE]} and before any {@code finish_reason}), a chunk that is not JSON, or a body that is not an
 * event stream at all (a web page at the wrong URL, a server that ignored {@code stream: true}).
 */
final class EventStreamSubscriber implements Flow.Subscriber<String> {
    private static final String DONE = "[DONE]";

    private final TokenStream stream;
    private final ChunkDecoder decoder;
    private final String server;
    private final StringBuilder data = new StringBuilder();
    private volatile Flow.Subscription subscription;
    private boolean sawEvent;
    private boolean ended;
    private int chunks;

    EventStreamSubscriber(TokenStream stream, ChunkDecoder decoder, String server) {
        this.stream = stream;
        this.decoder = decoder;
        this.server = server;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (ended) {
            return;
        }
        try {
            if (line.isEmpty()) {
                dispatch();
            } else if (line.startsWith("data:")) {
                sawEvent = true;
                String value = line.substring(line.startsWith("data: ") ? 6 : 5);
                data.append(data.isEmpty() ? "" : "\n").append(value);
            } else if (line.startsWith(":") || line.startsWith("event:") || line.startsWith("id:") || line.startsWith("retry:")) {
                sawEvent = true;
            } else if (!sawEvent) {
                String shown = line.strip().length() <= 60 ? line.strip() : line.strip().substring(0, 60) + "…";
                throw new EngineException.BadResponse(server + " did not answer with an event stream (it sent '" + shown
                        + "'); check that the base URL is an OpenAI-compatible server");
            }
        } catch (EngineException e) {
            fail(e);
        }
    }

    private void dispatch() throws EngineException {
        if (data.isEmpty()) {
            return;
        }
        String payload = data.toString();
        data.setLength(0);
        if (payload.strip().equals(DONE)) {
            decoder.finish(stream);
            end();
            return;
        }
        decoder.accept(payload, stream);
        chunks++;
    }

    @Override
    public void onError(Throwable error) {
        if (!ended) {
            fail(new EngineException.StreamCutOff("The stream from " + server + " broke off after " + chunks + " chunks ("
                    + OpenAiCompatibleEngine.describe(error) + ")", error));
        }
    }

    @Override
    public void onComplete() {
        if (ended) {
            return;
        }
        try {
            dispatch(); // a last event without its blank line
        } catch (EngineException e) {
            fail(e);
            return;
        }
        if (ended) {
            return;
        }
        if (decoder.sawFinish()) {
            // some servers end a finished stream without [DONE]
            decoder.finish(stream);
            end();
        } else if (!sawEvent) {
            fail(new EngineException.BadResponse(server + " sent an empty answer instead of an event stream"));
        } else {
            fail(new EngineException.StreamCutOff("The stream from " + server + " ended after " + chunks
                    + " chunks, before the completion was finished (no [DONE])", null));
        }
    }

    private void fail(EngineException error) {
        stream.fail(error);
        end();
    }

    private void end() {
        ended = true;
        cancel();
    }

    /** Stops the body: the client then closes the connection, which tells the server to stop generating. */
    void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
