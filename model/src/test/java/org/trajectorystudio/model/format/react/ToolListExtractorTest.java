package org.trajectorystudio.model.format.react;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trajectorystudio.model.format.react.Records.parse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.sample.ToolSpec;

class ToolListExtractorTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void readsQwenAgentFunctionsButKeepsThemInMetadata() {
        var list = ToolListExtractor.fromArray(parse("""
                [{"name_for_human": "Search", "name_for_model": "search", "description_for_model": "Web search.",
                  "parameters": {"type": "object"}}]"""), "functions", warnings::add);

        assertThat(list.tools()).containsExactly(new ToolSpec("search", "Web search.", parse("{\"type\": \"object\"}")));
        assertThat(list.lossless()).as("name_for_human has no place in a ToolSpec").isFalse();
    }

    @Test
    void plainAndOpenAiWrappedEntriesAreLossless() {
        var list = ToolListExtractor.fromArray(parse("""
                [{"name": "search", "description": "S."},
                 {"type": "function", "function": {"name": "visit", "parameters": {"type": "object"}}}]"""),
                "tools", warnings::add);

        assertThat(list.tools()).extracting(ToolSpec::name).containsExactly("search", "visit");
        assertThat(list.lossless()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEntryWithoutANameIsSkippedWithAWarning() {
        var list = ToolListExtractor.fromArray(parse("[{\"description\": \"?\"}, {\"name\": \"a\"}]"), "functions", warnings::add);

        assertThat(list.tools()).extracting(ToolSpec::name).containsExactly("a");
        assertThat(list.lossless()).isFalse();
        assertThat(warnings).singleElement().asString().contains("'functions' entry 1");
    }

    @Test
    void readsEveryLayoutOfAToolsBlock() {
        String commaSeparated = "<tools>\n{\"name\": \"a\", \"description\": \"has } and { in it\"},\n{\n  \"name\": \"b\"\n}\n</tools>";
        String onePerLine = "x <tools>\n{\"type\": \"function\", \"function\": {\"name\": \"a\"}}\n{\"type\": \"function\", \"function\": {\"name\": \"b\"}}\n</tools> y";
        String array = "<tools>[{\"name\": \"a\"}, {\"name\": \"b\"}]</tools>";

        for (String prompt : List.of(commaSeparated, onePerLine, array)) {
            assertThat(ToolListExtractor.fromPrompt(prompt, warnings::add)).extracting(ToolSpec::name)
                    .as(prompt).containsExactly("a", "b");
        }
        assertThat(ToolListExtractor.fromPrompt(commaSeparated, warnings::add).getFirst().description())
                .isEqualTo("has } and { in it");
        assertThat(ToolListExtractor.fromPrompt("no tools here", warnings::add)).isNull();
        assertThat(warnings).isEmpty();
    }

    /** The block read last is reused for the same text only, and its warnings are said again for every record. */
    @Test
    void aRepeatedPromptGivesTheSameToolsAndWarningsAndAnotherPromptItsOwn() {
        String withBadTool = "<tools>\n{\"name\": \"a\"}\n{\"nam\": 1}\n</tools>";
        String sameLength = "<tools>\n{\"name\": \"b\"}\n{\"nam\": 1}\n</tools>";
        for (int record = 1; record <= 2; record++) {
            assertThat(ToolListExtractor.fromPrompt("system " + withBadTool, warnings::add)).extracting(ToolSpec::name)
                    .containsExactly("a");
            assertThat(warnings).hasSize(record);
        }
        assertThat(ToolListExtractor.fromPrompt(sameLength, warnings::add)).extracting(ToolSpec::name).containsExactly("b");
        assertThat(ToolListExtractor.fromPrompt(withBadTool.replace("\"a\"", "\"c\""), warnings::add))
                .extracting(ToolSpec::name).containsExactly("c");
    }

    @Test
    void anUnreadableToolIsSkippedWithAWarning() {
        List<ToolSpec> tools = ToolListExtractor.fromPrompt("<tools>{\"name\": \"a\"}\n{\"name\": oops oops}</tools>", warnings::add);

        assertThat(tools).extracting(ToolSpec::name).containsExactly("a");
        assertThat(warnings).singleElement().asString().contains("tool 2 of the <tools> block");
    }
}
