package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.chatDelta;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.chatFinish;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.reasoningDelta;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.stream;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.preview.CompletionParser;
import org.trajectorystudio.model.preview.ParsedCompletion;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;

class PreviewPromptTest {
    private static final ToolSpec SEARCH = new ToolSpec("search", "Web search", Json.tryParse("{\"type\":\"object\"}"));
    private static final Step SEARCHED = Step.of("Look it up.",
            new ToolCalls(List.of(ToolCall.parsed("c1", "search", Json.tryParse("{\"query\":[\"capital of Kyrgyzstan\"]}")))),
            "Bishkek is the capital of Kyrgyzstan.");
    private static final Step ANSWERED = Step.of("Found it.", new FinalAnswer("Bishkek"), null);

    private static Sample sample(String system, List<ToolSpec> tools) {
        return new Sample("s1", SampleKind.TRAJECTORY, "Capital of Kyrgyzstan?", "Bishkek", system, tools, List.of(),
                List.of(SEARCHED, ANSWERED), Judgment.CORRECT, Map.of());
    }

    @Test
    void contextIsEverythingBeforeTheStepWithItsRealResponses() {
        CompletionRequest request = PreviewPrompt.forStep(sample("You are an agent.", List.of(SEARCH)), 1, Sampling.defaults());

        assertThat(request.messages()).extracting(ChatMessage::role)
                .containsExactly(ChatMessage.SYSTEM, ChatMessage.USER, ChatMessage.ASSISTANT, ChatMessage.TOOL);
        assertThat(request.messages().getFirst().content()).as("the sample's own system prompt").isEqualTo("You are an agent.");
        assertThat(request.messages().get(2).content()).contains("<tool_call>").contains("capital of Kyrgyzstan");
        assertThat(request.messages().get(3).content()).isEqualTo("Bishkek is the capital of Kyrgyzstan.");
        assertThat(request.sampling().stop()).containsExactly(PreviewPrompt.TOOL_RESPONSE_STOP);
    }

    @Test
    void firstStepIsSystemAndQuestionOnly() {
        CompletionRequest request = PreviewPrompt.forStep(sample("You are an agent.", List.of()), 0, Sampling.defaults().withStop(List.of("END")));

        assertThat(request.messages()).extracting(ChatMessage::content).containsExactly("You are an agent.", "Capital of Kyrgyzstan?");
        assertThat(request.sampling().stop()).containsExactly("END", PreviewPrompt.TOOL_RESPONSE_STOP);
    }

    @Test
    void toolsWithoutASystemPromptAreListedInOne() {
        CompletionRequest request = PreviewPrompt.forStep(sample(null, List.of(SEARCH)), 0, Sampling.defaults());

        ChatMessage system = request.messages().getFirst();
        assertThat(system.role()).isEqualTo(ChatMessage.SYSTEM);
        assertThat(system.content()).contains("<tools>\n{\"type\":\"function\",\"function\":{\"name\":\"search\","
                + "\"description\":\"Web search\",\"parameters\":{\"type\":\"object\"}}}\n</tools>");
        assertThat(system.content()).contains("<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>");
    }

    @Test
    void noToolsAndNoSystemPromptMeansNoSystemMessage() {
        CompletionRequest request = PreviewPrompt.forStep(sample(null, List.of()), 2, Sampling.defaults());

        assertThat(request.messages()).extracting(ChatMessage::role).doesNotContain(ChatMessage.SYSTEM);
        assertThat(request.messages().getLast().role()).isEqualTo(ChatMessage.ASSISTANT);
    }

    @Test
    void stepOutsideTheSampleIsRefused() {
        assertThatThrownBy(() -> PreviewPrompt.forStep(sample(null, List.of()), 3, Sampling.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Preview through a server, then read the completion back into a candidate for the step. */
    @Test
    void previewBecomesACandidate() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(EndpointSettings.of(server.baseUrl(), "agent"))) {
            server.script(stream(reasoningDelta("The search says Bishkek."), chatDelta("<answer>\nBishkek\n</answer>"), chatFinish("stop")));

            CompletionResult result = engine.complete(PreviewPrompt.forStep(sample(null, List.of(SEARCH)), 1, Sampling.defaults()),
                    TokenListener.ignore(), new CancelToken());
            ParsedCompletion parsed = CompletionParser.parse(result.text());

            assertThat(parsed.isWellFormed()).isTrue();
            assertThat(parsed.toCandidate()).contains(new Candidate("The search says Bishkek.", new FinalAnswer("Bishkek")));
            assertThat(Json.tryParse(server.lastRequest().body()).get("stop").toString()).isEqualTo("[\"<tool_response>\"]");
        }
    }
}
