package org.trajectorystudio.model.format.react;

import java.util.List;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small builders for the records the tests write themselves. */
final class Records {
    static final String SYSTEM = "You are a Web Information Seeking Master.";

    private Records() {}

    /** A record whose {@code messages} alternate role and content: {@code chat("user", "hi", "assistant", "…")}. */
    static ObjectNode chat(String... roleAndContent) {
        ObjectNode record = Json.object();
        ArrayNode messages = record.putArray("messages");
        for (int i = 0; i < roleAndContent.length; i += 2) {
            messages.addObject().put("role", roleAndContent[i]).put("content", roleAndContent[i + 1]);
        }
        return record;
    }

    /** A sample read with the react-chatml format, and the warnings reading it gave. */
    record Read(Sample sample, List<String> warnings) {}

    static Read read(ObjectNode record) throws RecordRejectedException {
        RecordContext context = new RecordContext(1);
        Sample sample = new ReactChatmlFormat().read(record, context);
        return new Read(sample, context.warnings());
    }

    static JsonNode parse(String json) {
        return Json.MAPPER.readTree(json);
    }
}
