package org.trajectorystudio.model.format.react;

import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tag-style ReAct chatml: WebDancer / Tongyi DeepResearch training records
 * ({@code {type, task, messages, functions, tool_calls, answer, tag}}) and Tongyi inference output rows
 * ({@code {question, answer, messages, prediction, termination}}). Assistant turns hold {@code <think>},
 * {@code <tool_call>} and {@code <answer>}; tool results come back as user turns in {@code <tool_response>}.
 */
public final class ReactChatmlFormat implements SampleFormat {
    public static final String NAME = "react-chatml";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int recognise(ObjectNode record) {
        return ReactRecogniser.score(record);
    }

    @Override
    public Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException {
        return new ReactRecordMapper(record, context).map();
    }
}
