package org.trajectorystudio.model.format.react;

import org.trajectorystudio.model.text.Slices;
import static org.trajectorystudio.model.text.Tags.TOOL_RESPONSE;
import static org.trajectorystudio.model.text.Tags.TOOL_RESPONSE_END;

import java.util.function.Consumer;

/**
 * The observation text of a turn that answers a step: the bodies of its {@code <tool_response>} blocks. Text outside
 * the blocks is kept too (with a warning), so nothing the agent was shown is lost.
 */
final class ObservationReader {
    private ObservationReader() {}

    /** The turn's observation text, or null when the turn is blank and holds no {@code <tool_response>}. */
    static String read(String turn, Consumer<String> warn) {
        Slices pieces = new Slices(turn);
        int blocks = 0;
        int outside = 0;
        int pos = 0;
        int length = turn.length();
        while (pos < length) {
            int open = turn.indexOf(TOOL_RESPONSE, pos);
            if (open < 0) {
                outside += addCounting(pieces, pos, length);
                break;
            }
            outside += addCounting(pieces, pos, open);
            blocks++;
            int from = open + TOOL_RESPONSE.length();
            int close = turn.indexOf(TOOL_RESPONSE_END, from);
            if (close < 0) {
                warn.accept("<tool_response> is not closed; read to the end of the turn");
                pieces.add(from, length);
                pos = length;
            } else {
                pieces.add(from, close);
                pos = close + TOOL_RESPONSE_END.length();
            }
        }
        if (blocks == 0 && outside > 0) {
            warn.accept("not wrapped in <tool_response>; kept as the observation of the step before");
        } else if (outside > 0) {
            warn.accept("text outside <tool_response> kept in the observation");
        }
        String text = pieces.join();
        // An empty response is still a response; only a blank turn with no block has nothing to say.
        return text == null && blocks > 0 ? "" : text;
    }

    /** Adds a range and tells whether it held text (1) or was blank (0). */
    private static int addCounting(Slices pieces, int from, int to) {
        int before = pieces.size();
        pieces.add(from, to);
        return pieces.size() - before;
    }
}
