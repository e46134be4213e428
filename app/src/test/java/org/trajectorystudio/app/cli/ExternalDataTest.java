package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import tools.jackson.databind.JsonNode;

/**
 * Every real file in {@code shared/data/external/} (see its SOURCES.md), inspected and imported through the command
 * line. The expected figures were counted by reading each file with a small Python script written for this test
 * ({@code json}/{@code zipfile}/{@code re} only, nothing of the studio), with the rules named per test: a sample is one
 * record (one conversation for a bare message array, one {@code samples/*.json} for an .eval); a step is one assistant
 * action turn, a text-only assistant turn directly followed by a call turn being that call's thought; tool calls are
 * counted by name; an answer step is a step without calls (ToolBench's {@code Finish} and ReAct's {@code finish[…]}
 * are answers); a final answer is a sample whose last step is an answer. Warnings are the repairs each file needs, as
 * found by reading it (listed per test). Duplicates are records identical as JSON (Python {@code json.dumps} with
 * sorted keys).
 */
class ExternalDataTest {
    @TempDir
    Path dir;

    /** llamafactory_glaive_toolcall_en_demo.json: each function_call turn is one call (its JSON name), each gpt turn an answer step; every record ends with a gpt turn. */
    @Test
    void llamafactoryGlaiveToolcallEnDemo() {
        expect("llamafactory_glaive_toolcall_en_demo.json", "sharegpt", 300, 957, 211, top(51, Map.of("calculate_distance", 16L, "calculate_tip", 14L, "convert_currency", 13L)), 746, 300, 0, 35);
    }
    /** llamafactory_glaive_toolcall_en_demo.records.jsonl: each function_call turn is one call (its JSON name), each gpt turn an answer step; every record ends with a gpt turn. */
    @Test
    void llamafactoryGlaiveToolcallEnDemoRecords() {
        expect("llamafactory_glaive_toolcall_en_demo.records.jsonl", "sharegpt", 300, 957, 211, top(51, Map.of("calculate_distance", 16L, "calculate_tip", 14L, "convert_currency", 13L)), 746, 300, 0, 35);
    }
    /** llamafactory_reason_tool_use_demo_50.jsonl: each tool_call part is one call (its JSON name); an assistant turn without one is an answer step; line 7 message 5 has only a reasoning part and an empty text (the one warning). */
    @Test
    void llamafactoryReasonToolUseDemo50() {
        expect("llamafactory_reason_tool_use_demo_50.jsonl", "openai", 50, 112, 68, top(43, Map.of("circle_area", 5L, "extract", 4L, "get_all_motivational_quotes", 4L)), 59, 39, 1, 0);
    }
    /** fireact_hotpotqa_gpt_format.jsonl: each assistant "Action: NAME[...]" is one call, "Action: finish[...]" the answer. */
    @Test
    void fireactHotpotqaGptFormat() {
        expect("fireact_hotpotqa_gpt_format.jsonl", "openai", 500, 1385, 885, exactly(Map.of("search", 885L)), 500, 500, 0, 0);
    }
    /** taubench_gpt4o_airline_historical.json: the messages under traj; each tool_calls entry is one call; an assistant turn without calls is an answer step. */
    @Test
    void taubenchGpt4oAirlineHistorical() {
        expect("taubench_gpt4o_airline_historical.json", "openai", 200, 2454, 1164, top(14, Map.of("get_reservation_details", 377L, "search_direct_flight", 141L, "get_user_details", 120L)), 1290, 149, 0, 0);
    }
    /** taubench_gpt4o_airline_historical.records.jsonl: the messages under traj; each tool_calls entry is one call; an assistant turn without calls is an answer step. */
    @Test
    void taubenchGpt4oAirlineHistoricalRecords() {
        expect("taubench_gpt4o_airline_historical.records.jsonl", "openai", 200, 2454, 1164, top(14, Map.of("get_reservation_details", 377L, "search_direct_flight", 141L, "get_user_details", 120L)), 1290, 149, 0, 0);
    }
    /** toolbench_G1_answer_10_DFS.json: the last (longest) of answer_generation.train_messages; each Python-repr function_call is one call, the Finish call the answer. */
    @Test
    void toolbenchG1Answer10DFS() {
        expect("toolbench_G1_answer_10_DFS.json", "openai", 1, 3, 2, exactly(Map.of("transitaires_for_transitaires", 1L, "transitaire_for_transitaires", 1L)), 1, 1, 0, 0);
    }
    /** toolllama_processed_G1_demo.json: each assistant "Action: NAME" is one call, "Action: Finish" the answer; every id is 321 characters (one warning each). */
    @Test
    void toolllamaProcessedG1Demo() {
        expect("toolllama_processed_G1_demo.json", "sharegpt", 4, 10, 9, exactly(Map.of("love_quote_for_olato_quotes", 4L, "success_quote_for_olato_quotes", 3L, "motivation_quote_for_olato_quotes", 2L)), 1, 1, 4, 0);
    }
    /** toolllama_processed_G1_demo.records.jsonl: each assistant "Action: NAME" is one call, "Action: Finish" the answer; every id is 321 characters (one warning each). */
    @Test
    void toolllamaProcessedG1DemoRecords() {
        expect("toolllama_processed_G1_demo.records.jsonl", "sharegpt", 4, 10, 9, exactly(Map.of("love_quote_for_olato_quotes", 4L, "success_quote_for_olato_quotes", 3L, "motivation_quote_for_olato_quotes", 2L)), 1, 1, 4, 0);
    }
    /** sweagent_marshmallow_function_calling_replace.traj: the history messages; each tool_calls entry is one call; the run ends with submit, not an answer. */
    @Test
    void sweagentMarshmallowFunctionCallingReplace() {
        expect("sweagent_marshmallow_function_calling_replace.traj", "openai", 1, 11, 11, exactly(Map.of("bash", 4L, "edit", 2L, "create", 1L, "insert", 1L, "find_file", 1L, "open", 1L, "submit", 1L)), 0, 0, 0, 0);
    }
    /** adp_swegym_openhands_sampled_trajectories.json: each tool_calls entry is one call (OpenHands finish is a tool here); assistant turns without calls are answer steps. */
    @Test
    void adpSwegymOpenhandsSampledTrajectories() {
        expect("adp_swegym_openhands_sampled_trajectories.json", "openai", 5, 88, 87, exactly(Map.of("str_replace_editor", 61L, "execute_bash", 22L, "finish", 4L)), 8, 0, 0, 0);
    }
    /** adp_swegym_openhands_sampled_trajectories.records.jsonl: each tool_calls entry is one call (OpenHands finish is a tool here); assistant turns without calls are answer steps. */
    @Test
    void adpSwegymOpenhandsSampledTrajectoriesRecords() {
        expect("adp_swegym_openhands_sampled_trajectories.records.jsonl", "openai", 5, 88, 87, exactly(Map.of("str_replace_editor", 61L, "execute_bash", 22L, "finish", 4L)), 8, 0, 0, 0);
    }
    /** adp_toucan_1_5m_kimi_k2.json: the legacy function_call is one call; the text-only turn before it is its thought (the one warning). */
    @Test
    void adpToucan15mKimiK2() {
        expect("adp_toucan_1_5m_kimi_k2.json", "openai", 1, 2, 1, exactly(Map.of("exa-search-web_search_exa", 1L)), 1, 1, 1, 0);
    }
    /** adp_toucan_1_5m_kimi_k2.records.jsonl: the legacy function_call is one call; the text-only turn before it is its thought (the one warning). */
    @Test
    void adpToucan15mKimiK2Records() {
        expect("adp_toucan_1_5m_kimi_k2.records.jsonl", "openai", 1, 2, 1, exactly(Map.of("exa-search-web_search_exa", 1L)), 1, 1, 1, 0);
    }
    /** adp_swesmith_trajectories.json: each <function=NAME> block in assistant text is one call, OBSERVATION user turns are results. */
    @Test
    void adpSwesmithTrajectories() {
        expect("adp_swesmith_trajectories.json", "openai", 5, 116, 116, exactly(Map.of("str_replace_editor", 63L, "bash", 44L, "submit", 9L)), 0, 0, 0, 0);
    }
    /** adp_swesmith_trajectories.records.jsonl: each <function=NAME> block in assistant text is one call, OBSERVATION user turns are results. */
    @Test
    void adpSwesmithTrajectoriesRecords() {
        expect("adp_swesmith_trajectories.records.jsonl", "openai", 5, 116, 116, exactly(Map.of("str_replace_editor", 63L, "bash", 44L, "submit", 9L)), 0, 0, 0, 0);
    }
    /** miroflow_task_result.json: the message_history; each <use_mcp_tool> block is one call (its tool_name). */
    @Test
    void miroflowTaskResult() {
        expect("miroflow_task_result.json", "openai", 1, 3, 2, exactly(Map.of("Afternoon_feeling", 1L, "Today_feeling", 1L)), 1, 1, 0, 0);
    }
    /** miroflow_debug_message_history.json: the bare message array is one conversation; each tool_calls entry is one call. */
    @Test
    void miroflowDebugMessageHistory() {
        expect("miroflow_debug_message_history.json", "openai", 1, 3, 2, exactly(Map.of("tool-searching-google_search", 1L, "tool-searching-scrape_website", 1L)), 1, 1, 0, 0);
    }
    /** inspect_log_message_deduplication.eval: samples/0_epoch_1.json messages; each tool_calls entry (function: "bash") is one call. */
    @Test
    void inspectLogMessageDeduplication() {
        expect("inspect_log_message_deduplication.eval", "openai", 1, 6, 5, exactly(Map.of("bash", 5L)), 1, 1, 0, 0);
    }
    /** minisweagent_github_issue.traj.json: the bare message array is one run; each ```mswea_bash_command block is one bash call. */
    @Test
    void minisweagentGithubIssue() {
        expect("minisweagent_github_issue.traj.json", "openai", 1, 10, 10, exactly(Map.of("bash", 10L)), 0, 0, 0, 0);
    }

    private void expect(String file, String format, long samples, long steps, long toolCalls,
            Consumer<JsonNode> tools, long answerSteps, long finalAnswers, long warnings, long duplicates) {
        Path path = SharedData.file("external/" + file);
        InspectCommandTest.Run inspect = InspectCommandTest.studio("inspect", path.toString(), "--json");
        assertThat(inspect.exit()).as(inspect.err()).isEqualTo(ExitCode.OK);
        JsonNode json = inspect.json();
        assertThat(json.get("format").stringValue()).isEqualTo(format);
        assertThat(json.get("samples").longValue()).as("samples").isEqualTo(samples);
        assertThat(json.get("steps").longValue()).as("steps").isEqualTo(steps);
        assertThat(json.get("toolCalls").longValue()).as("tool calls").isEqualTo(toolCalls);
        tools.accept(json.get("tools"));
        assertThat(json.get("answers").longValue()).as("answer steps").isEqualTo(answerSteps);
        assertThat(json.get("finalAnswers").longValue()).as("final answers").isEqualTo(finalAnswers);
        assertThat(json.get("rejected")).as("rejected").isEmpty();
        assertThat(json.get("warnings")).as("warnings").hasSize((int) warnings);

        InspectCommandTest.Run imported = InspectCommandTest.studio("--library", dir.resolve("lib").toString(), "import", path.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isEqualTo(ExitCode.OK);
        JsonNode result = imported.json();
        assertThat(result.get("imported").longValue()).as("imported").isEqualTo(samples - duplicates);
        assertThat(result.get("duplicates").longValue()).as("duplicates").isEqualTo(duplicates);
        assertThat(result.get("warnings")).as("import warnings").hasSize((int) Math.min(warnings, 100));
    }

    private static Consumer<JsonNode> exactly(Map<String, Long> expected) {
        return tools -> {
            Map<String, Long> found = new LinkedHashMap<>();
            tools.properties().forEach(entry -> found.put(entry.getKey(), entry.getValue().longValue()));
            assertThat(found).as("tool calls by tool").isEqualTo(expected);
        };
    }

    /** For files with many tools: how many distinct tools, and the counts of the most used. */
    private static Consumer<JsonNode> top(int distinct, Map<String, Long> mostUsed) {
        return tools -> {
            assertThat(tools.size()).as("distinct tools").isEqualTo(distinct);
            mostUsed.forEach((tool, count) -> assertThat(tools.get(tool).longValue()).as(tool).isEqualTo(count));
        };
    }
}
