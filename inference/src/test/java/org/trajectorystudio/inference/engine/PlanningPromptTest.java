package org.trajectorystudio.inference.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.preview.CompletionParser;
import org.trajectorystudio.model.preview.ParsedCompletion;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;

class PlanningPromptTest {

    @Test
    void asksForAnAnalysisAndTheFirstActionWithTheWebToolsByDefault() {
        CompletionRequest request = PlanningPrompt.forQuestion("  Who built the Burana tower?\n", List.of(), Sampling.defaults().withStop(List.of("END")));

        assertThat(request.messages()).extracting(ChatMessage::role).containsExactly(ChatMessage.SYSTEM, ChatMessage.USER);
        String system = request.messages().getFirst().content();
        assertThat(system).contains("<think></think>").contains("first action").contains("<tools>")
                .contains("\"name\":\"search\"").contains("\"name\":\"visit\"");
        assertThat(request.messages().get(1).content()).isEqualTo("Who built the Burana tower?");
        assertThat(request.sampling().stop()).containsExactly("END", PreviewPrompt.TOOL_RESPONSE_STOP);
    }

    @Test
    void offersTheCallersToolsAndRefusesABlankQuestion() {
        ToolSpec python = new ToolSpec("PythonInterpreter", "Runs code", Json.object());

        String system = PlanningPrompt.forQuestion("2+2?", List.of(python), Sampling.defaults()).messages().getFirst().content();

        assertThat(system).contains("PythonInterpreter").doesNotContain("\"name\":\"visit\"");
        assertThatThrownBy(() -> PlanningPrompt.forQuestion(" ", List.of(), Sampling.defaults())).hasMessageContaining("question");
    }

    @Test
    void aCompletionInThatFormReadsBackAsPlanAndFirstAction() {
        ParsedCompletion parsed = CompletionParser.parse("<think>1. Identify the tower.\n2. Find its builder.</think>\n"
                + "<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"Burana tower builder\"]}}\n</tool_call>");

        assertThat(parsed.thought()).startsWith("1. Identify the tower.");
        assertThat(parsed.action()).isInstanceOfSatisfying(ToolCalls.class, calls -> assertThat(calls.calls().getFirst().name()).isEqualTo("search"));
    }
}
