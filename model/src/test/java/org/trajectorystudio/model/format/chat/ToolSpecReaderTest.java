package org.trajectorystudio.model.format.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolSpec;

class ToolSpecReaderTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void flatAndWrappedToolsAreReadLosslessly() {
        ToolSpecReader.ToolList list = ToolSpecReader.read(Json.MAPPER.readTree("""
                [{"type": "function", "function": {"name": "a", "description": "A", "parameters": {"type": "object"}}},
                 {"name": "b"}]
                """), "tools", warnings::add);

        assertThat(list.tools()).extracting(ToolSpec::name).containsExactly("a", "b");
        assertThat(list.tools().get(1).parameters()).isNull();
        assertThat(list.lossless()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEntryWithoutANameIsWarnedAndMakesTheListLossy() {
        ToolSpecReader.ToolList list = ToolSpecReader.read(Json.MAPPER.readTree("""
                [{"description": "nameless"}, {"name": "b"}]
                """), "tools", warnings::add);

        assertThat(list.tools()).extracting(ToolSpec::name).containsExactly("b");
        assertThat(list.lossless()).isFalse();
        assertThat(warnings).singleElement().asString().contains("entry 1");
    }

    @Test
    void qwenAgentNamesAreRead() {
        ToolSpecReader.ToolList list = ToolSpecReader.read(Json.MAPPER.readTree("""
                [{"name_for_human": "Search", "name_for_model": "search", "description_for_model": "Web", "parameters": {}}]
                """), "functions", warnings::add);

        assertThat(list.tools()).singleElement().satisfies(tool -> {
            assertThat(tool.name()).isEqualTo("search");
            assertThat(tool.description()).isEqualTo("Web");
        });
        assertThat(list.lossless()).isFalse();
    }

    @Test
    void aPromptToolsBlockWithOneToolPerLineIsRead() {
        List<ToolSpec> tools = ToolSpecReader.fromPrompt("""
                # Tools
                <tools>
                {"type": "function", "function": {"name": "search", "parameters": {}}}
                {"type": "function", "function": {"name": "visit", "parameters": {}}}
                </tools>
                """);

        assertThat(tools).extracting(ToolSpec::name).containsExactly("search", "visit");
        assertThat(ToolSpecReader.fromPrompt("<tools>\nnot json\n</tools>")).isNull();
        assertThat(ToolSpecReader.fromPrompt("no block")).isNull();
    }
}
