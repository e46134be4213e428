package org.trajectorystudio.model.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A seeded generator of varied, valid canonical samples for property tests: every kind and action type, parallel
 * calls, raw (invalid) arguments, HAS steps, unicode, escapes, control characters, very long strings and metadata of
 * every JSON type. The same seed always gives the same samples.
 *
 * <p>JSON values are built with the node types a parser produces for them (int-range integers as {@link IntNode},
 * larger ones as {@link LongNode} or {@link BigIntegerNode}, fractions as {@link DoubleNode}), so that a sample read
 * back compares equal to the generated one. Strings never hold lone surrogates: they cannot be written as UTF-8.
 */
public final class RandomSamples {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] WORDS = {
        "search", "visit", "the", "capital", "of", "Kyrgyzstan", "population", "1991", "answer", "query", "",
        "😀", "🚀", "👩‍💻", "🇯🇵", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "漢字", "検索", "北京大学", "한국어", "مرحبا", "بالعالم", "שלום",
        "עולם", "\u200f", "\u200e", "\u202e", "e\u0301", "\u200d", "\ufeff", "\u2028", "\u2029", "\uffff",
        "\"", "\\", "/", "\\n", "\\u0000", "\n", "\r\n", "\t", "\b", "\f", "\u0000", "\u0001", "\u001f", "\u007f",
        "{\"query\": [\"x\"]}", "</tool_call>", "<think>", "null", "true", "-0", "1e400", "'", "`", "${x}",
    };
    private static final String[] TOOL_NAMES = {"search", "visit", "google_scholar", "PythonInterpreter", "parse_file", "搜索", "tool with spaces", ""};
    private static final String[] RAW_ARGUMENTS = {
        "{\"query\": [\"unterminated", "{'single': 'quotes'}", "query=weather", "{\"a\": 1,}", "", "   ", "[1, 2", "{\"q\": \"x\"} trailing",
    };

    private final Random random;

    public RandomSamples(long seed) {
        this.random = new Random(seed);
    }

    /** A list of {@code count} samples. */
    public List<Sample> list(int count) {
        List<Sample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(next());
        }
        return samples;
    }

    public Sample next() {
        SampleKind kind = pick(SampleKind.values());
        List<Step> steps = list(0, 8, () -> step(kind));
        Sample sample = new Sample(
                "",
                kind,
                text(),
                maybe(0.6, this::text),
                maybe(0.5, this::text),
                list(0, 4, this::tool),
                chance(0.4) ? list(1, 5, this::text) : List.of(),
                steps,
                pick(Judgment.values()),
                chance(0.7) ? metadata(6) : Map.of());
        // Imported samples always carry an id: their source's own or their content id.
        return sample.withId(chance(0.5) ? SampleIds.contentId(sample) : id());
    }

    // ---------------------------------------------------------------- steps and actions

    public Step step(SampleKind kind) {
        double decisionChance = kind == SampleKind.HAS_DECISION ? 0.6 : 0.1;
        Map<String, JsonNode> metadata = chance(0.25) ? metadata(3) : Map.of();
        if (chance(decisionChance)) {
            List<Candidate> candidates = list(2, 5, () -> new Candidate(maybe(0.8, this::text), action()));
            int chosen = random.nextInt(candidates.size());
            String observation = maybe(0.5, this::text);
            if (chance(0.5)) {
                return new Step(null, null, observation, candidates, chosen, metadata);
            }
            Candidate taken = candidates.get(chosen);
            return new Step(taken.thought(), taken.action(), observation, candidates, chosen, metadata);
        }
        Action action = action();
        String observation = action instanceof ToolCalls ? maybe(0.85, this::text) : maybe(0.1, this::text);
        // A follow-up user turn (multi-turn dialogues) now and then, so round trips and ids cover it.
        return new Step(maybe(0.15, this::text), maybe(0.8, this::text), action, observation, List.of(), null, metadata);
    }

    public Action action() {
        return switch (random.nextInt(5)) {
            case 0, 1 -> new ToolCalls(list(chance(0.1) ? 0 : 1, 4, this::toolCall));
            case 2 -> new FinalAnswer(text());
            case 3 -> new Plan(text());
            default -> new Reasoning(text());
        };
    }

    public ToolCall toolCall() {
        String id = maybe(0.7, () -> "call_" + Integer.toHexString(random.nextInt()));
        String name = pick(TOOL_NAMES);
        if (chance(0.15)) {
            return ToolCall.unparsed(id, name, chance(0.5) ? pick(RAW_ARGUMENTS) : text());
        }
        return ToolCall.parsed(id, name, chance(0.85) ? object(3) : json(2));
    }

    public ToolSpec tool() {
        return new ToolSpec(pick(TOOL_NAMES), maybe(0.7, this::text), chance(0.8) ? schema() : null);
    }

    private ObjectNode schema() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = word();
            ObjectNode property = properties.putObject(name).put("type", pick(new String[] {"string", "array", "integer", "object"}));
            if (chance(0.5)) {
                property.put("description", text());
            }
            if (chance(0.3)) {
                property.set("items", NODES.objectNode().put("type", "string").put("minLength", random.nextInt(3)));
            }
            if (chance(0.5)) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (chance(0.2)) {
            schema.set("x-extra", json(2));
        }
        return schema;
    }

    // ---------------------------------------------------------------- JSON values

    /** An order-keeping map of 0..{@code maxEntries} entries of any JSON type, nested up to three levels. */
    public Map<String, JsonNode> metadata(int maxEntries) {
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        for (int i = random.nextInt(maxEntries + 1); i > 0; i--) {
            metadata.put(key(), json(3));
        }
        return metadata;
    }

    /** Any JSON value; containers only while {@code depth} > 0. */
    public JsonNode json(int depth) {
        int choices = depth > 0 ? 10 : 8;
        return switch (random.nextInt(choices)) {
            case 0 -> StringNode.valueOf(text());
            case 1 -> IntNode.valueOf(random.nextInt());
            case 2 -> LongNode.valueOf(chance(0.5) ? Integer.MAX_VALUE + 1L + random.nextInt(Integer.MAX_VALUE)
                    : Long.MIN_VALUE + random.nextInt(1000));
            case 3 -> BigIntegerNode.valueOf(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(1 + random.nextInt(1000)))
                    .multiply(BigInteger.valueOf(chance(0.5) ? 1 : -1000)));
            case 4 -> DoubleNode.valueOf(aDouble());
            case 5 -> BooleanNode.valueOf(random.nextBoolean());
            case 6 -> NullNode.getInstance();
            case 7 -> StringNode.valueOf("");
            case 8 -> object(depth - 1);
            default -> array(depth - 1);
        };
    }

    public ObjectNode object(int depth) {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(5); i > 0; i--) {
            object.set(key(), json(depth));
        }
        return object;
    }

    private ArrayNode array(int depth) {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(5); i > 0; i--) {
            array.add(json(depth));
        }
        return array;
    }

    private double aDouble() {
        return switch (random.nextInt(8)) {
            case 0 -> -0.0;
            case 1 -> Double.MIN_VALUE;
            case 2 -> -Double.MAX_VALUE;
            case 3 -> random.nextInt(1000) + 0.0;
            case 4 -> random.nextDouble();
            case 5 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(600) - 300);
            default -> {
                double value;
                do {
                    value = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(value));
                yield value;
            }
        };
    }

    // ---------------------------------------------------------------- text

    /** Free text: words of many scripts, escapes and control characters, random code points, now and then very long. */
    public String text() {
        return chance(0.005) ? longText() : shortText();
    }

    /** Like {@link #text} but never long: JSON names longer than 50,000 chars are beyond Jackson's read limits. */
    private String shortText() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(chance(0.8) ? word() : codePoints(1 + random.nextInt(4))).append(chance(0.8) ? " " : "");
        }
        return text.toString();
    }

    private String longText() {
        int length = 50_000 + random.nextInt(250_000);
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(word()).append(' ');
        }
        return text.toString();
    }

    private String word() {
        return pick(WORDS);
    }

    private String key() {
        return chance(0.8) ? pick(new String[] {"tag", "termination", "source", "rollout_id", "reward", "question", "steps", "metadata", ""})
                + (chance(0.5) ? "" : "_" + random.nextInt(100)) : shortText();
    }

    private String id() {
        return chance(0.8) ? "sample-" + Long.toUnsignedString(random.nextLong(), 36) : shortText() + random.nextInt();
    }

    /** Valid code points from all planes (never a lone surrogate). */
    private String codePoints(int count) {
        StringBuilder text = new StringBuilder();
        while (count > 0) {
            int codePoint = chance(0.5) ? random.nextInt(0x800) : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                continue;
            }
            text.appendCodePoint(codePoint);
            count--;
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- helpers

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T maybe(double probability, Supplier<T> value) {
        return chance(probability) ? value.get() : null;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = min + random.nextInt(max - min + 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
