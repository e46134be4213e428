package org.trajectorystudio.model.format.openai;

import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** PLACEHOLDER: being written in a parallel change. */
public final class OpenAiFormat implements SampleFormat {
    public static final String NAME = "openai";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int recognise(ObjectNode record) {
        return 0;
    }

    @Override
    public Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException {
        throw new RecordRejectedException("openai is not implemented yet");
    }
}
