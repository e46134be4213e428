package org.trajectorystudio.model.export.render;

import java.util.List;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.render.SourceConversation;
import org.trajectorystudio.model.sample.Sample;

/** The messages a rendering makes of a sample's first steps. */
final class Messages {
    private Messages() {}

    static List<ChatMessage> of(Sample sample, int steps, Rendering rendering) {
        return switch (rendering) {
            case TEMPLATE -> Conversation.structured(sample, steps);
            case SOURCE -> SourceConversation.upTo(sample, steps);
        };
    }
}
