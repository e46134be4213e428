package org.trajectorystudio.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;

/** The generator is only worth its property tests if it really produces every shape it promises. */
class RandomSamplesTest {
    private final List<Sample> samples = new RandomSamples(7).list(2_000);

    @Test
    void sameSeedGivesSameSamples() {
        assertThat(new RandomSamples(7).list(50)).isEqualTo(samples.subList(0, 50));
        assertThat(new RandomSamples(8).list(50)).isNotEqualTo(samples.subList(0, 50));
    }

    @Test
    void coversEveryKindJudgmentAndActionType() {
        assertThat(samples.stream().map(Sample::kind)).containsAll(EnumSet.allOf(SampleKind.class));
        assertThat(samples.stream().map(Sample::judgment)).containsAll(EnumSet.allOf(Judgment.class));
        assertThat(actions().map(Action::type).distinct())
                .containsExactlyInAnyOrder(ToolCalls.TYPE, FinalAnswer.TYPE, Plan.TYPE, Reasoning.TYPE);
    }

    @Test
    void coversParallelEmptyAndUnparsedToolCalls() {
        List<ToolCalls> toolCalls = actions().filter(ToolCalls.class::isInstance).map(ToolCalls.class::cast).toList();
        assertThat(toolCalls).anyMatch(calls -> calls.calls().size() >= 2);
        assertThat(toolCalls).anyMatch(calls -> calls.calls().isEmpty());
        List<ToolCall> calls = toolCalls.stream().flatMap(action -> action.calls().stream()).toList();
        assertThat(calls).anyMatch(ToolCall::hasInvalidArguments);
        assertThat(calls).anyMatch(call -> call.id() == null);
        assertThat(calls).anyMatch(call -> call.arguments() != null && !call.arguments().isObject());
    }

    @Test
    void coversDecisionStepsWithOmittedAndRepeatedOwnAction() {
        List<Step> decisions = steps().filter(Step::isDecision).toList();
        assertThat(decisions.stream().map(step -> step.candidates().size()).distinct()).containsExactlyInAnyOrder(2, 3, 4, 5);
        assertThat(decisions).anyMatch(step -> step.action() == null && step.thought() == null);
        assertThat(decisions).anyMatch(step -> step.action() != null
                && step.action().equals(step.candidates().get(step.chosen()).action()));
        assertThat(decisions).anyMatch(step -> step.chosen() == step.candidates().size() - 1);
        assertThat(decisions.stream().flatMap(step -> step.candidates().stream()).map(Candidate::thought)).contains((String) null);
    }

    @Test
    void coversOptionalFieldsBothPresentAndAbsent() {
        assertThat(samples).anyMatch(sample -> sample.answer() == null).anyMatch(sample -> sample.answer() != null);
        assertThat(samples).anyMatch(sample -> sample.system() == null).anyMatch(sample -> sample.system() != null);
        assertThat(samples).anyMatch(sample -> sample.knowledge().isEmpty()).anyMatch(sample -> !sample.knowledge().isEmpty());
        assertThat(samples).anyMatch(sample -> sample.steps().isEmpty()).anyMatch(sample -> sample.metadata().isEmpty());
        assertThat(samples.stream().flatMap(sample -> sample.tools().stream()))
                .anyMatch(tool -> tool.parameters() == null)
                .anyMatch(tool -> tool.parameters() != null && tool.parameters().has("properties"))
                .anyMatch(tool -> tool.description() == null);
        assertThat(steps()).anyMatch(step -> step.thought() == null).anyMatch(step -> step.observation() == null)
                .anyMatch(step -> !step.metadata().isEmpty());
    }

    @Test
    void metadataHoldsEveryJsonType() {
        Set<String> kinds = new HashSet<>();
        samples.forEach(sample -> sample.metadata().values().forEach(value -> collectNodeKinds(value, kinds)));
        assertThat(kinds).contains("STRING", "IntNode", "LongNode", "BigIntegerNode", "DoubleNode", "BOOLEAN", "NULL",
                "ARRAY", "OBJECT", "nested OBJECT", "nested ARRAY");
    }

    @Test
    void textsCoverUnicodeEscapesControlsAndVeryLongStrings() {
        List<String> texts = texts();
        assertThat(texts).anyMatch(text -> text.codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .anyMatch(text -> text.contains("👩‍💻"))
                .anyMatch(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .anyMatch(text -> text.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT))
                .anyMatch(text -> text.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC))
                .anyMatch(text -> text.contains("\"") && text.contains("\\"))
                .anyMatch(text -> text.chars().anyMatch(c -> c == 0))
                .anyMatch(text -> text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'))
                .anyMatch(text -> text.contains("\u2028"))
                .anyMatch(text -> text.length() > 50_000)
                .anyMatch(String::isEmpty);
        assertThat(texts).noneMatch(RandomSamplesTest::hasLoneSurrogate);
    }

    // ---------------------------------------------------------------- walking the samples

    private Stream<Step> steps() {
        return samples.stream().flatMap(sample -> sample.steps().stream());
    }

    private Stream<Action> actions() {
        return steps().flatMap(step -> Stream.concat(
                Stream.ofNullable(step.action()), step.candidates().stream().map(Candidate::action)));
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Sample sample : samples) {
            texts.add(sample.question());
            texts.add(sample.answer());
            texts.add(sample.system());
            texts.addAll(sample.knowledge());
            sample.metadata().forEach((key, value) -> {
                texts.add(key);
                collectStrings(value, texts);
            });
        }
        steps().forEach(step -> {
            texts.add(step.thought());
            texts.add(step.observation());
            step.candidates().forEach(candidate -> texts.add(candidate.thought()));
        });
        actions().forEach(action -> {
            switch (action) {
                case ToolCalls calls -> calls.calls().forEach(call -> {
                    texts.add(call.rawArguments());
                    collectStrings(call.arguments(), texts);
                });
                case FinalAnswer answer -> texts.add(answer.text());
                case Plan plan -> texts.add(plan.text());
                case Reasoning reasoning -> texts.add(reasoning.text());
            }
        });
        texts.removeIf(java.util.Objects::isNull);
        return texts;
    }

    private static void collectStrings(JsonNode node, List<String> texts) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            texts.add(node.stringValue());
        }
        node.properties().forEach(entry -> texts.add(entry.getKey()));
        node.values().forEach(child -> collectStrings(child, texts));
    }

    private static void collectNodeKinds(JsonNode node, Set<String> kinds) {
        kinds.add(node.isNumber() ? node.getClass().getSimpleName() : node.getNodeType().name());
        for (JsonNode child : node.values()) {
            if (child.isContainer()) {
                kinds.add("nested " + child.getNodeType().name());
            }
            collectNodeKinds(child, kinds);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
