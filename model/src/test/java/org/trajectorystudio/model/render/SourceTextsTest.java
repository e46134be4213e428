package org.trajectorystudio.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import tools.jackson.databind.node.ObjectNode;

/** The source-text hint: compared and fingerprinted without building the convention's response turn. */
class SourceTextsTest {
    private static Step step(String observation) {
        return new Step("why", new FinalAnswer("done"), observation, List.of(), null, Map.of());
    }

    private static Step withHint(Step step, ObjectNode hint) {
        return new Step(step.thought(), step.action(), step.observation(), List.of(), null, Map.of(SourceHints.SOURCE_TEXT, hint));
    }

    @Test
    void theObservationFingerprintIsTheFingerprintOfTheBuiltTurns() {
        Random random = new Random(7);
        List<String> observations = new ArrayList<>(List.of("", "x", "Ünïcødé 搜索 结果 \uD83D\uDE00", "a".repeat(100_003)));
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int c = 0; c < length; c++) {
                text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            observations.add(text.toString());
        }
        for (String observation : observations) {
            Step step = step(observation);
            assertThat(SourceTexts.observationsFingerprint(observation))
                    .isEqualTo(SourceTexts.fingerprint(SourceTexts.observations(step)));
        }
        assertThat(SourceTexts.observationsFingerprint(null)).isEqualTo(SourceTexts.fingerprint(List.of()));
    }

    @Test
    void turnsWrittenByTheConventionNeedNoHintAndOthersComeBackAsTheSourceWroteThem() {
        Step step = step("page one");
        String assistant = SourceTexts.assistant(step);

        assertThat(SourceTexts.hint(step, assistant, List.of("<tool_response>\npage one\n</tool_response>"))).isNull();
        assertThat(SourceTexts.hint(step(null), assistant, List.of())).isNull();

        for (List<String> raw : List.of(
                List.of("<tool_response>\npage one\n</tool_response>\n"),
                List.of("<tool_response>\npage one \n</tool_response>"),
                List.of("<tool_response>\npage onf\n</tool_response>"),
                List.of("<tool_response>\npage\n</tool_response>", "<tool_response>\none\n</tool_response>"))) {
            ObjectNode hint = SourceTexts.hint(step, assistant, raw);
            assertThat(hint).as("hint for %s", raw).isNotNull();
            assertThat(SourceTexts.sourceObservations(withHint(step, hint))).isEqualTo(raw);
            assertThat(SourceTexts.sourceAssistant(withHint(step, hint))).isEqualTo(assistant);
        }
    }

    @Test
    void anAssistantTurnTheSourceWroteOtherwiseComesBackAsWritten() {
        Step answer = step("page one");
        Step call = new Step("  look it up ", new ToolCalls(List.of(ToolCall.parsed(null, "search", Json.object().put("query", "Lima")))),
                "page one", List.of(), null, Map.of());
        for (Step step : List.of(answer, call)) {
            String assistant = SourceTexts.assistant(step);
            for (String raw : List.of(assistant + "\n", " " + assistant, assistant.replace("\n", "\n\n"), "other")) {
                ObjectNode hint = SourceTexts.hint(step, raw, SourceTexts.observations(step));
                assertThat(hint).as("hint for %s", raw).isNotNull();
                assertThat(SourceTexts.sourceAssistant(withHint(step, hint))).isEqualTo(raw);
                assertThat(SourceTexts.sourceObservations(withHint(step, hint))).isEqualTo(SourceTexts.observations(step));
            }
            // Once the step is edited its fingerprint no longer matches: the convention writes it.
            Step edited = new Step("rethought", step.action(), step.observation(), List.of(), null,
                    Map.of(SourceHints.SOURCE_TEXT, SourceTexts.hint(step, assistant + "\n", SourceTexts.observations(step))));
            assertThat(SourceTexts.sourceAssistant(edited)).isEqualTo(SourceTexts.assistant(edited));
        }
    }

    @Test
    void theTurnsPartsAreTheTurn() {
        List<Action> actions = List.of(new FinalAnswer(" done "), new Plan(" plan "), new Reasoning(" why "),
                new ToolCalls(List.of(ToolCall.parsed(null, "a", Json.object()), ToolCall.parsed(null, "b", Json.object().put("x", 1)))));
        for (Action action : actions) {
            for (String thought : java.util.Arrays.asList(null, "", "  ", " think ")) {
                for (TaggedText.Layout layout : List.of(TaggedText.Layout.TONGYI, TaggedText.Layout.PROMPT)) {
                    assertThat(String.join("", TaggedText.parts(thought, action, layout)))
                            .isEqualTo(TaggedText.write(thought, action, layout));
                }
            }
        }
    }
}
