package org.trajectorystudio.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.edit.SampleEdits;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The source rendering on the real WebDancer file: imported (and stored in the canonical form), each sample's
 * assistant turns and tool responses come back exactly as the file wrote them; an edited step in the convention.
 */
class WebDancerSourceRenderingTest {
    private static final List<Sample> samples = new ArrayList<>();
    private static final List<JsonNode> records = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        Path file = SharedData.file("webdancer_sample_traj.jsonl");
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                records.add(Json.MAPPER.readTree(line));
            }
        }
        try (SampleReader reader = SampleReader.open(file, null)) {
            while (reader.hasNext()) {
                Sample imported = ((ReadOutcome.Read) reader.next()).sample();
                samples.add(StudioCodec.fromJson((ObjectNode) Json.MAPPER.readTree(StudioCodec.write(imported)), new ArrayList<>()));
            }
        }
    }

    @Test
    void everyAssistantTurnAndToolResponseIsTheSourceText() {
        assertThat(samples).hasSameSizeAs(records);
        int assistantTurns = 0;
        int responses = 0;
        List<String> differences = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            List<String> expected = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            JsonNode messages = records.get(s).get("messages");
            for (int m = 2; m < messages.size(); m++) { // after the system prompt and the question
                roles.add(messages.get(m).get("role").stringValue());
                expected.add(messages.get(m).get("content").stringValue());
            }
            List<ChatMessage> rendered = SourceConversation.upTo(samples.get(s), samples.get(s).steps().size());
            List<ChatMessage> turns = rendered.subList(rendered.size() - expected.size(), rendered.size());
            for (int t = 0; t < expected.size(); t++) {
                assertThat(turns.get(t).role()).isEqualTo(roles.get(t));
                if (!turns.get(t).content().equals(expected.get(t))) {
                    differences.add("sample " + (s + 1) + " turn " + (t + 3));
                }
                if (roles.get(t).equals("assistant")) {
                    assistantTurns++;
                } else {
                    responses++;
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(assistantTurns).isEqualTo(422); // every turn after the question in the file
        assertThat(responses).isEqualTo(222);
    }

    @Test
    void aStepEditedSinceImportIsWrittenInTheSourcesConvention() {
        Sample sample = samples.getFirst();
        assertThat(sample.steps().getFirst().metadata()).containsKey(SourceHints.SOURCE_TEXT);
        Sample edited = SampleEdits.thought(sample, 0, -1, "A new plan.");
        List<ChatMessage> rendered = SourceConversation.upTo(edited, edited.steps().size());
        String firstTurn = rendered.get(2).content();
        assertThat(firstTurn).startsWith("<think>\nA new plan.\n</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [");
        assertThat(firstTurn).isEqualTo(SourceTexts.assistant(edited.steps().getFirst()));
        // The step's response and the steps not edited keep the source's text.
        List<ChatMessage> original = SourceConversation.upTo(sample, sample.steps().size());
        assertThat(rendered.subList(3, rendered.size())).isEqualTo(original.subList(3, original.size()));
    }

    @Test
    void theSourceTextIsKeptOnlyWhereTheConventionWouldWriteItOtherwise() {
        long steps = samples.stream().mapToLong(s -> s.steps().size()).sum();
        long hinted = 0;
        long rawAssistant = 0;
        long hintBytes = 0;
        for (Sample sample : samples) {
            for (var step : sample.steps()) {
                JsonNode hint = step.metadata().get(SourceHints.SOURCE_TEXT);
                if (hint != null) {
                    hinted++;
                    rawAssistant += hint.has("assistant") ? 1 : 0;
                    hintBytes += Json.write(hint).length();
                }
            }
        }
        // WebDancer's turns are the convention's except for whitespace after the responses: each hint is that alone.
        assertThat(rawAssistant).isZero();
        assertThat(hinted).isEqualTo(222);
        assertThat(hintBytes).isLessThan(hinted * 60);
    }
}
