package org.trajectorystudio.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.render.ChatRenderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.format.Formats;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.node.ObjectNode;

/** Numbers keep the source's text through the real import path, the canonical form and export. */
class SourceNumbersTest {

    private static Sample importOne(String format, String record) throws Exception {
        try (SampleReader reader = SampleReader.open(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)), "test",
                Formats.byName(format).orElseThrow())) {
            ReadOutcome outcome = reader.next();
            assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
            return ((ReadOutcome.Read) outcome).sample();
        }
    }

    @Test
    void aToolArgumentKeepsItsTextThroughImportCanonicalFormAndExport() throws Exception {
        Sample imported = importOne("openai", "{\"messages\": [{\"role\": \"user\", \"content\": \"train it\"},"
                + " {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\","
                + " \"function\": {\"name\": \"fit\", \"arguments\": \"{\\\"lr\\\": 1e-7, \\\"max\\\": 1E+21, \\\"w\\\": 2.50, \\\"n\\\": 3}\"}}]},"
                + " {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]}\n");
        String canonical = StudioCodec.write(imported);
        assertThat(canonical).contains("\"arguments\":{\"lr\":1e-7,\"max\":1E+21,\"w\":2.50,\"n\":3}");
        Sample stored = StudioCodec.fromJson((ObjectNode) Json.MAPPER.readTree(canonical), new ArrayList<>());
        assertThat(StudioCodec.write(stored)).isEqualTo(canonical);
        assertThat(SampleIds.contentId(stored)).isEqualTo(SampleIds.contentId(imported));
        // The chat file keeps the source's numbers; the template text has what Python's json.dumps makes of them.
        var rendered = new ChatRenderer(ChatMlTemplate.INSTANCE).render(stored);
        assertThat(Json.write(rendered.body())).contains("\"arguments\":{\"lr\":1e-7,\"max\":1E+21,\"w\":2.50,\"n\":3}");
        assertThat(rendered.text()).contains("{\"name\": \"fit\", \"arguments\": {\"lr\": 1e-07, \"max\": 1e+21, \"w\": 2.5, \"n\": 3}}");
        assertThat(stored.steps().getFirst().toolCalls().getFirst().arguments().get("lr").doubleValue()).isEqualTo(1e-7);
    }

    @Test
    void aNumberJavaWritesTheSameWayKeepsTheContentIdOfASampleBuiltInCode() throws Exception {
        ObjectNode arguments = Json.object().put("p", 0.5).put("k", 3).put("t", 1.0E-7);
        Sample built = new Sample("", SampleKind.TRAJECTORY, "q", null, null, List.of(), List.of(),
                List.of(Step.of(null, new ToolCalls(List.of(ToolCall.parsed(null, "f", arguments))), "r")), Judgment.UNKNOWN, Map.of());
        Sample parsed = StudioCodec.fromJson((ObjectNode) Json.MAPPER.readTree(StudioCodec.write(built)), new ArrayList<>());
        assertThat(StudioCodec.write(built)).contains("{\"p\":0.5,\"k\":3,\"t\":1.0E-7}");
        assertThat(SampleIds.contentId(parsed)).isEqualTo(SampleIds.contentId(built));
    }

    @Test
    void treesReadAsBeforeApartFromTheirNumbersText() {
        var node = Json.MAPPER.readTree("{\"a\": [1, 2.5, \"x\", true, null, {\"b\": -0.0}], \"c\": 12345678901234567890}");
        assertThat(Json.write(node)).isEqualTo("{\"a\":[1,2.5,\"x\",true,null,{\"b\":-0.0}],\"c\":12345678901234567890}");
        assertThat(node.get("a").get(1).isNumber()).isTrue();
        assertThat(node.get("a").get(1).doubleValue()).isEqualTo(2.5);
        // A number Java writes the same way is the plain double node, equal to one built in code.
        assertThat(node.get("a").get(1)).isEqualTo(Json.MAPPER.getNodeFactory().numberNode(2.5));
        assertThat(Json.MAPPER.readTree("null").isNull()).isTrue();
        assertThat(Json.MAPPER.readTree("1.50").toString()).isEqualTo("1.50");
    }
}
