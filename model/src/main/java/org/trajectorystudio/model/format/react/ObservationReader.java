package org.trajectorystudio.model.format.react;

import java.util.function.Consumer;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.Tags;

/**
 * The observation text of a turn that answers a step: the bodies of its {@code <tool_response>} blocks
 * ({@link TaggedText#responses}). Text outside the blocks is kept too, in place (with a warning), so nothing the agent
 * was shown is lost.
 */
final class ObservationReader {
    private ObservationReader() {}

    /** The turn's observation text, or null when the turn is blank and holds no {@code <tool_response>}. */
    static String read(String turn, Consumer<String> warn) {
        TaggedText.Responses responses = TaggedText.responses(turn, warn);
        if (responses == null) {
            if (turn.isBlank()) {
                return null;
            }
            warn.accept("not wrapped in " + Tags.TOOL_RESPONSE + "; kept as the observation of the step before");
            return turn.strip();
        }
        if (responses.outside() != null) {
            warn.accept("text outside " + Tags.TOOL_RESPONSE + " kept in the observation");
        }
        return responses.inOrder();
    }
}
