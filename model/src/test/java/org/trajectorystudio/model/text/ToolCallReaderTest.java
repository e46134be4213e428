package org.trajectorystudio.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolCall;
import tools.jackson.databind.node.StringNode;

class ToolCallReaderTest {
    private final List<String> warnings = new ArrayList<>();
    private final ToolCallReader reader = new ToolCallReader(warnings::add);

    @Test
    void doublyEncodedArgumentsAreDecodedTwiceWithAWarning() {
        reader.add("c", "search", StringNode.valueOf("\"{\\\"q\\\": 1}\""), null);

        assertThat(reader.calls().getFirst().arguments().get("q").intValue()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().contains("doubly");
    }

    @Test
    void emptyArgumentsAreAnEmptyObjectWithAWarningAndMissingOnesSilently() {
        reader.add("a", "now", StringNode.valueOf(" "), null);
        reader.addJson(Json.tryParse("{\"name\": \"today\"}"));

        assertThat(reader.calls()).allSatisfy(call -> {
            assertThat(call.hasInvalidArguments()).isFalse();
            assertThat(call.arguments().isObject()).isTrue();
            assertThat(call.arguments().isEmpty()).isTrue();
        });
        assertThat(warnings).singleElement().asString().contains("'now'").contains("empty arguments");
    }

    @Test
    void aCallWithoutANameIsKeptRawUnderTheUnknownName() {
        reader.addJson(Json.tryParse("{\"id\": \"x\", \"arguments\": {\"q\": 1}}"));

        ToolCall call = reader.calls().getFirst();
        assertThat(call.name()).isEqualTo(ToolCallReader.UNKNOWN_TOOL);
        assertThat(call.hasInvalidArguments()).isTrue();
        assertThat(Json.tryParse(call.rawArguments()).get("arguments").get("q").intValue()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().contains("no tool name");
    }

    @Test
    void aCodeFencedCallIsReadWithAWarning() {
        reader.addText("```json\n{\"name\": \"search\", \"parameters\": {\"q\": 2}}\n```");

        assertThat(reader.calls().getFirst().arguments().get("q").intValue()).isEqualTo(2);
        assertThat(warnings).singleElement().asString().contains("code fence");
    }

    @Test
    void extraFieldsAreKeptOnePerCallInCallOrder() {
        reader.addJson(Json.tryParse("{\"id\": \"1\", \"type\": \"function\", \"function\": {\"name\": \"a\", \"arguments\": \"{}\"}}"));
        reader.addJson(Json.tryParse("{\"index\": 1, \"type\": \"custom\", \"function\": {\"name\": \"b\", \"arguments\": \"{}\"}}"));

        assertThat(reader.calls()).extracting(ToolCall::name).containsExactly("a", "b");
        assertThat(reader.extraFields().get(0).isEmpty()).isTrue();
        assertThat(reader.extraFields().get(1).get("index").intValue()).isEqualTo(1);
        assertThat(reader.extraFields().get(1).get("type").stringValue()).isEqualTo("custom");
    }

    @Test
    void theNameOfBrokenJsonIsRecoveredByAScan() {
        assertThat(ToolCallReader.recoverName("{\"name\" :  \"visit\", \"arguments\": {")).isEqualTo("visit");
        assertThat(ToolCallReader.recoverName("{\"arguments\": {\"name\": 3}")).isNull();
    }
}
