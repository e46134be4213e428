package org.trajectorystudio.model.format.studio;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** The studio's own canonical JSONL format, {@code trajectory-studio/v1}. */
public final class StudioFormat implements SampleFormat {
    public static final String NAME = "studio";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int recognise(ObjectNode record) {
        String schema = Json.text(record, "schema");
        if (schema != null && schema.startsWith("trajectory-studio/")) {
            return 100;
        }
        return record.has("steps") && record.has("question") && record.get("steps").isArray() ? 60 : 0;
    }

    @Override
    public Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException {
        String schema = Json.text(record, "schema");
        if (schema != null && !schema.equals(Sample.SCHEMA)) {
            context.warn("schema '" + schema + "' read as " + Sample.SCHEMA);
        }
        List<String> repairs = new ArrayList<>();
        Sample sample = StudioCodec.fromJson(record, repairs);
        repairs.forEach(context::warn);
        return sample;
    }
}
