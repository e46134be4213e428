package org.trajectorystudio.model.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.format.studio.StudioFormat;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.testing.RandomSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Content ids: same content, same id, whatever the id field says; any change of content, another id. */
class SampleIdsPropertyTest {
    private static final List<Sample> SAMPLES = new RandomSamples(424_242).list(2_000);

    private final RecordParser parser = new RecordParser(new StudioFormat());

    @Test
    void idIsStableAndIgnoresTheIdField() {
        for (Sample sample : SAMPLES) {
            String id = SampleIds.contentId(sample);
            assertThat(id).matches("[0-9a-f]{24}");
            assertThat(SampleIds.contentId(sample.withId(""))).isEqualTo(id);
            assertThat(SampleIds.contentId(sample.withId("another-id"))).isEqualTo(id);
            Sample copy = read(StudioCodec.write(sample.withId("copy")));
            assertThat(copy).isNotSameAs(sample);
            assertThat(SampleIds.contentId(copy)).isEqualTo(id);
        }
    }

    @Test
    void distinctContentsGetDistinctIds() {
        Map<String, Sample> byId = new HashMap<>();
        for (Sample sample : SAMPLES) {
            Sample content = sample.withId("");
            Sample earlier = byId.putIfAbsent(SampleIds.contentId(sample), content);
            assertThat(earlier == null || earlier.equals(content)).as("id collision").isTrue();
        }
        assertThat(byId).hasSizeGreaterThan(SAMPLES.size() * 9 / 10);
    }

    @Test
    void everyChangeOfContentChangesTheId() {
        int compared = 0;
        for (Sample sample : SAMPLES.subList(0, 500)) {
            String id = SampleIds.contentId(sample);
            for (Map.Entry<String, UnaryOperator<Sample>> mutation : MUTATIONS.entrySet()) {
                Sample changed = mutation.getValue().apply(sample);
                if (changed == null || changed.equals(sample)) {
                    continue;
                }
                compared++;
                assertThat(SampleIds.contentId(changed)).as(mutation.getKey()).isNotEqualTo(id);
            }
        }
        assertThat(compared).isGreaterThan(500 * MUTATIONS.size() / 2);
    }

    @Test
    void aRecordWithoutIdGetsItsContentIdWhateverItsFieldOrder() {
        Random random = new Random(5);
        for (Sample sample : SAMPLES.subList(0, 500)) {
            ObjectNode written = StudioCodec.toJson(sample);
            written.remove("id");
            List<String> names = new ArrayList<>(written.propertyNames());
            Collections.shuffle(names, random);
            ObjectNode shuffled = Json.object();
            names.forEach(name -> shuffled.set(name, written.get(name)));

            Sample read = read(Json.write(shuffled));

            assertThat(read.id()).isEqualTo(SampleIds.contentId(sample));
            assertThat(read).isEqualTo(sample.withId(read.id()));
        }
    }

    private Sample read(String line) {
        ReadOutcome outcome = parser.parse(new RawLine(1, 0, line.getBytes(UTF_8)));
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).sample();
    }

    // ---------------------------------------------------------------- mutations: each changes the content a little

    private static final Map<String, UnaryOperator<Sample>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("question", s -> copy(s).question(s.question() + "?").build());
        MUTATIONS.put("answer", s -> copy(s).answer(s.answer() == null ? "" : s.answer() + ".").build());
        MUTATIONS.put("answer removed", s -> s.answer() == null ? null : copy(s).answer(null).build());
        MUTATIONS.put("system", s -> copy(s).system(s.system() == null ? "" : s.system() + " ").build());
        MUTATIONS.put("kind", s -> copy(s).kind(next(SampleKind.values(), s.kind())).build());
        MUTATIONS.put("judgment", s -> copy(s).judgment(next(Judgment.values(), s.judgment())).build());
        MUTATIONS.put("knowledge added", s -> copy(s).knowledge(append(s.knowledge(), "")).build());
        MUTATIONS.put("tool added", s -> copy(s).tools(append(s.tools(), new ToolSpec("t", null, null))).build());
        MUTATIONS.put("step added", s -> s.withSteps(append(s.steps(), Step.of(null, new FinalAnswer(""), null))));
        MUTATIONS.put("last step dropped", s -> s.steps().isEmpty() ? null : s.withSteps(s.steps().subList(0, s.steps().size() - 1)));
        MUTATIONS.put("steps swapped", s -> s.steps().size() < 2 ? null : s.withSteps(swapFirstTwo(s.steps())));
        MUTATIONS.put("metadata added", s -> copy(s).metadata(put(s.metadata(), "mutation", NullNode.getInstance())).build());
        MUTATIONS.put("metadata value", s -> s.metadata().isEmpty() ? null
                : copy(s).metadata(put(s.metadata(), s.metadata().keySet().iterator().next(), IntNode.valueOf(-7))).build());
        MUTATIONS.put("thought", s -> mapFirstStep(s, step -> new Step(step.thought() == null ? "" : step.thought() + "!",
                step.action() == null ? step.effectiveAction() : step.action(), step.observation(), step.candidates(), step.chosen(), step.metadata())));
        MUTATIONS.put("observation", s -> mapFirstStep(s, step -> new Step(step.thought(), step.action(),
                step.observation() == null ? "" : step.observation() + "!", step.candidates(), step.chosen(), step.metadata())));
        MUTATIONS.put("step metadata", s -> mapFirstStep(s, step -> new Step(step.thought(), step.action(),
                step.observation(), step.candidates(), step.chosen(), put(step.metadata(), "mutation", IntNode.valueOf(0)))));
        MUTATIONS.put("chosen", s -> mapFirstDecision(s, step -> new Step(null, null, step.observation(), step.candidates(),
                (step.chosen() + 1) % step.candidates().size(), step.metadata())));
        MUTATIONS.put("tool call name", s -> mapFirstStep(s, step -> step.action() instanceof ToolCalls calls && !calls.calls().isEmpty()
                ? new Step(step.thought(), new ToolCalls(renameFirst(calls.calls())), step.observation(), step.candidates(), step.chosen(), step.metadata())
                : null));
    }

    private static Sample mapFirstStep(Sample sample, UnaryOperator<Step> change) {
        if (sample.steps().isEmpty()) {
            return null;
        }
        Step changed = change.apply(sample.steps().getFirst());
        if (changed == null) {
            return null;
        }
        List<Step> steps = new ArrayList<>(sample.steps());
        steps.set(0, changed);
        return sample.withSteps(steps);
    }

    private static Sample mapFirstDecision(Sample sample, UnaryOperator<Step> change) {
        List<Step> steps = new ArrayList<>(sample.steps());
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isDecision()) {
                steps.set(i, change.apply(steps.get(i)));
                return sample.withSteps(steps);
            }
        }
        return null;
    }

    private static List<ToolCall> renameFirst(List<ToolCall> calls) {
        List<ToolCall> renamed = new ArrayList<>(calls);
        ToolCall first = calls.getFirst();
        renamed.set(0, new ToolCall(first.id(), first.name() + "_", first.arguments(), first.rawArguments()));
        return renamed;
    }

    private static List<Step> swapFirstTwo(List<Step> steps) {
        List<Step> swapped = new ArrayList<>(steps);
        Collections.swap(swapped, 0, 1);
        return swapped;
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }

    private static Map<String, JsonNode> put(Map<String, JsonNode> map, String key, JsonNode value) {
        Map<String, JsonNode> changed = new LinkedHashMap<>(map);
        changed.put(key, value);
        return changed;
    }

    private static <T> T next(T[] values, T current) {
        return values[(List.of(values).indexOf(current) + 1) % values.length];
    }

    private static Builder copy(Sample sample) {
        return new Builder(sample);
    }

    /** A mutable copy of a sample's components, for the mutations above. */
    private static final class Builder {
        private final Sample base;
        private SampleKind kind;
        private String question;
        private String answer;
        private String system;
        private List<ToolSpec> tools;
        private List<String> knowledge;
        private Judgment judgment;
        private Map<String, JsonNode> metadata;

        Builder(Sample base) {
            this.base = base;
            kind = base.kind();
            question = base.question();
            answer = base.answer();
            system = base.system();
            tools = base.tools();
            knowledge = base.knowledge();
            judgment = base.judgment();
            metadata = base.metadata();
        }

        Builder kind(SampleKind value) { kind = value; return this; }
        Builder question(String value) { question = value; return this; }
        Builder answer(String value) { answer = value; return this; }
        Builder system(String value) { system = value; return this; }
        Builder tools(List<ToolSpec> value) { tools = value; return this; }
        Builder knowledge(List<String> value) { knowledge = value; return this; }
        Builder judgment(Judgment value) { judgment = value; return this; }
        Builder metadata(Map<String, JsonNode> value) { metadata = value; return this; }

        Sample build() {
            return new Sample(base.id(), kind, question, answer, system, tools, knowledge, base.steps(), judgment, metadata);
        }
    }
}
