package org.trajectorystudio.model.format;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trajectorystudio.model.format.studio.StudioFormat;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A format as a file is read with it: each record's conversation is located first ({@link ConversationLocator}), and
 * a source id that cannot serve as a library id (longer than {@link #MAX_ID_LENGTH}) gives way to the content id
 * with a warning, the source id kept in metadata {@value #SOURCE_ID}. Thread-safe.
 */
public final class LocatedFormat implements SampleFormat {
    /** The longest source id kept as the sample id (longer ones are poor command arguments and table cells). */
    public static final int MAX_ID_LENGTH = 200;
    public static final String SOURCE_ID = "sourceId";

    private final SampleFormat base;
    private final ConversationLocator locator;

    public LocatedFormat(SampleFormat base, String messagesKey) {
        this.base = base instanceof LocatedFormat located ? located.base : base;
        this.locator = new ConversationLocator(messagesKey);
    }

    public SampleFormat base() {
        return base;
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public int recognise(ObjectNode record) {
        return base.recognise(record);
    }

    /** The record as the formats see it: its conversation located. */
    public ObjectNode locate(ObjectNode record) throws RecordRejectedException {
        return locator.locate(record);
    }

    @Override
    public Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException {
        ObjectNode located = locator.locate(record);
        if (!(base instanceof StudioFormat) && !ConversationLocator.hasConversation(located)) {
            throw new RecordRejectedException(ConversationLocator.notFound(located));
        }
        return usableId(base.read(located, context), context);
    }

    private static Sample usableId(Sample sample, RecordContext context) {
        String id = sample.id();
        if (id.length() <= MAX_ID_LENGTH) {
            return sample;
        }
        context.warn("the source id (" + id.length() + " characters, over " + MAX_ID_LENGTH
                + ") cannot be a library id; the content id is used, the source id is kept in metadata '" + SOURCE_ID + "'");
        Map<String, JsonNode> metadata = new LinkedHashMap<>(sample.metadata());
        metadata.put(metadata.containsKey(SOURCE_ID) ? "_" + SOURCE_ID : SOURCE_ID, StringNode.valueOf(id));
        return new Sample("", sample.kind(), sample.question(), sample.answer(), sample.system(), sample.tools(),
                sample.knowledge(), sample.steps(), sample.judgment(), metadata);
    }
}
