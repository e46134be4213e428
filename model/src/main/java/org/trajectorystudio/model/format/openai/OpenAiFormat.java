package org.trajectorystudio.model.format.openai;

import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat records: {@code messages} with roles system/user/assistant/tool, assistant {@code tool_calls} (parallel
 * calls in one action, arguments as a JSON string or object), legacy {@code function_call} with role
 * {@code function}, content parts, {@code reasoning_content}, and {@code tools} (or legacy {@code functions}).
 * See {@link org.trajectorystudio.model.format.chat.ChatSampleBuilder} for where the parts without a canonical place
 * go.
 */
public final class OpenAiFormat implements SampleFormat {
    public static final String NAME = "openai";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int recognise(ObjectNode record) {
        return OpenAiRecogniser.score(record);
    }

    @Override
    public Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException {
        return new OpenAiRecordMapper(record, context).map();
    }
}
