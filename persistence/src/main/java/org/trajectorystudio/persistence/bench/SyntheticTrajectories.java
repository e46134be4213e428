package org.trajectorystudio.persistence.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes realistic, all-distinct search trajectories for benchmarks and tests, sized like the WebDancer data (about
 * 10–30 KB a record): either as WebDancer / Tongyi {@code react-chatml} records or as canonical {@code studio}
 * records. Deterministic for a seed.
 */
public final class SyntheticTrajectories {
    /**
     * {@code REACT_CHATML_VARIED}: react-chatml in the proportions of the real WebDancer records (mostly one tool call,
     * long thoughts, responses of about 8 KB, tools described with their parameters) and with what they hold that the
     * plain form leaves out (text beyond Latin-1, visit calls, several queries a call, answers on their own lines,
     * turns spaced otherwise than the convention): the JIT profiles an AOT cache is trained on come from this.
     */
    public enum Format { REACT_CHATML, REACT_CHATML_VARIED, STUDIO }

    /** Characters of real trajectories beyond ASCII, the most frequent of the WebDancer records first. */
    private static final String[] WORLD_WORDS = {"·", "–", "“quoted”", "—", "café", "BBC’s", "Málaga", "\u200b",
        "£120", "Zoë", "•", "Ŵ", "30°", "…", "北京的", "Ω", "½", "🙂"};
    private static final String PRETTY_TOOLS = """
            {
              "name": "search",
              "description": "Performs batched web searches: supply an array 'query'; the tool retrieves the top 10 results for each query in one call.",
              "parameters": {
                "type": "object",
                "properties": {
                  "query": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Array of query strings. Include multiple complementary search queries in a single call."
                  }
                },
                "required": [
                  "query"
                ]
              }
            }""";

    private static final String SYSTEM = "You are a Web Information Seeking Master. Your task is to thoroughly seek the"
            + " internet for information and provide accurate answers to questions. No matter how complex the query,"
            + " you will not give up until you find the corresponding information.";
    private static final String TOOLS = """
            {"name": "search", "description": "Performs batched web searches: supply an array 'query'; the tool retrieves the top 10 results for each query in one call.", "parameters": {"type": "object", "properties": {"query": {"type": "array", "items": {"type": "string"}, "description": "Array of query strings."}}, "required": ["query"]}}
            {"name": "visit", "description": "Visit webpage(s) and return the summary of the content.", "parameters": {"type": "object", "properties": {"url": {"type": "array", "items": {"type": "string"}}, "goal": {"type": "string"}}, "required": ["url", "goal"]}}""";
    private static final String PROMPT = "A conversation between User and Assistant. The user asks a question, and the"
            + " assistant solves it by calling one or more of the following tools.\n<tools>\n" + TOOLS + "\n</tools>\n\n"
            + "The assistant starts with one or more cycles of (thinking about which tool to use -> performing tool call"
            + " -> waiting for tool response), and ends with (thinking about the answer -> answer of the question).\n\n"
            + "User: ";
    private static final String[] SEEDS = ("the a of in to and is was for on with as by at from that which this who"
            + " what when where race horse event british derby winner year history famous economic influence record"
            + " search result page source article museum river city country author novel film award season team"
            + " player coach election president minister company founder product market price growth energy climate"
            + " species island mountain temple dynasty empire battle treaty century painting composer symphony").split(" ");
    private static final String[] SYLLABLES = "ka lo mi ne ra tu shi ven dor al bri cen dal fen gor hal ist jun kel mar nor pel quin ros sar tel ul vor wen yar zel".split(" ");

    private final SplittableRandom random;
    private final String[] vocabulary;

    public SyntheticTrajectories(long seed) {
        random = new SplittableRandom(seed);
        vocabulary = new String[20_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = i < SEEDS.length ? SEEDS[i] : pseudoWord();
        }
    }

    /** Writes records until the file holds at least {@code bytes}; returns the number of records. */
    public long write(Path file, long bytes, Format format) throws IOException {
        long written = 0;
        long records = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            while (written < bytes) {
                String line = switch (format) {
                    case STUDIO -> StudioCodec.write(sample(records));
                    case REACT_CHATML -> reactRecord(records);
                    case REACT_CHATML_VARIED -> variedReactRecord(records);
                };
                out.write(line);
                out.write('\n');
                written += line.getBytes(StandardCharsets.UTF_8).length + 1;
                records++;
            }
        }
        return records;
    }

    /** A canonical search trajectory; {@code n} makes it distinct from every other. */
    public Sample sample(long n) {
        Trajectory t = trajectory(n);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < t.queries.size(); i++) {
            ObjectNode arguments = Json.object();
            arguments.putArray("query").add(t.queries.get(i));
            steps.add(Step.of(t.thoughts.get(i), new ToolCalls(List.of(ToolCall.parsed(null, "search", arguments))),
                    t.responses.get(i)));
        }
        steps.add(Step.of(t.thoughts.getLast(), new FinalAnswer(t.answer), null));
        return new Sample("", SampleKind.TRAJECTORY, t.question, t.answer, SYSTEM,
                List.of(new ToolSpec("search", "Performs batched web searches.", null)), List.of(), steps,
                random.nextInt(3) == 0 ? Judgment.INCORRECT : Judgment.CORRECT,
                Map.of("tag", Json.MAPPER.getNodeFactory().stringNode("synthetic")));
    }

    private String reactRecord(long n) {
        Trajectory t = trajectory(n);
        ObjectNode record = Json.object();
        record.put("type", "chatml");
        record.put("task", "agent/multiturn_search");
        ArrayNode messages = record.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM);
        messages.addObject().put("role", "user").put("content", PROMPT + t.question);
        for (int i = 0; i < t.queries.size(); i++) {
            messages.addObject().put("role", "assistant").put("content", "<think>\n" + t.thoughts.get(i)
                    + "\n</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\""
                    + t.queries.get(i) + "\"]}}\n</tool_call>");
            messages.addObject().put("role", "user").put("content",
                    "<tool_response>\n" + t.responses.get(i) + "\n</tool_response>");
        }
        messages.addObject().put("role", "assistant").put("content",
                "<think>\n" + t.thoughts.getLast() + "\n</think>\n<answer>" + t.answer + "</answer>");
        ArrayNode functions = record.putArray("functions");
        functions.addObject().put("name_for_human", "search").put("name_for_model", "search")
                .put("description_for_model", "Performs batched web searches.");
        record.putArray("tool_calls");
        record.putArray("answer").addArray().add(t.answer);
        record.put("tag", "synthetic");
        return Json.write(record);
    }

    private String variedReactRecord(long n) {
        ObjectNode record = Json.object();
        record.put("type", "chatml");
        record.put("task", "agent/multiturn_search");
        ArrayNode messages = record.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM);
        String question = "Q" + n + ": " + worldly(sentence(25 + random.nextInt(30))) + "?";
        messages.addObject().put("role", "user").put("content", PROMPT.replace(TOOLS, PRETTY_TOOLS)
                + "<think> thinking process here </think>\n<answer> answer here </answer>\n\nUser: " + question);
        int calls = random.nextInt(10) == 0 ? 2 : 1;
        for (int i = 0; i < calls; i++) {
            String call;
            String response;
            if (random.nextInt(10) == 0) {
                String url = "https://" + word() + ".org/" + word() + "/" + random.nextInt(100_000);
                call = "{\"name\": \"visit\", \"arguments\": {\"url\": [\"" + url + "\"], \"goal\": \""
                        + sentence(6 + random.nextInt(10)) + "\"}}";
                response = "The useful information in " + url + " for user goal " + sentence(8) + " as follows: \n\n"
                        + "Evidence in page: \n" + worldly(paragraphs(4 + random.nextInt(6), 60 + random.nextInt(80)))
                        + "\n\nSummary: \n" + worldly(sentence(40 + random.nextInt(60))) + "\n\n";
            } else {
                List<String> queries = new ArrayList<>();
                for (int q = 1 + random.nextInt(4); q > 0; q--) {
                    queries.add('"' + sentence(4 + random.nextInt(6)) + '"');
                }
                call = "{\"name\": \"search\", \"arguments\": {\"query\": [" + String.join(", ", queries) + "]}}";
                StringBuilder results = new StringBuilder();
                for (String query : queries) {
                    results.append("A Google search for '").append(query, 1, query.length() - 1)
                            .append("' found 10 results:\n\n## Web Results\n");
                    for (int r = 1; r <= 10; r++) {
                        results.append(r).append(". [").append(sentence(4 + random.nextInt(6))).append("](https://")
                                .append(word()).append(".com/").append(word()).append('/').append(random.nextInt(100_000))
                                .append(")\n\n").append(sentence(20 + random.nextInt(40 / queries.size() + 10))).append("\n\n");
                    }
                    results.append("\n=======\n");
                }
                response = worldly(results.toString());
            }
            String thought = worldly(paragraphs(3 + random.nextInt(4), 60 + random.nextInt(60)));
            // Turns spaced otherwise than the convention: the reader keeps them as source-text hints.
            String gap = random.nextInt(8) == 0 ? "\n\n" : "\n";
            messages.addObject().put("role", "assistant").put("content", "<think>\n" + thought
                    + "\n</think>" + gap + "<tool_call>\n" + call + "\n</tool_call>");
            String end = random.nextInt(8) == 0 ? " \n" : "\n";
            messages.addObject().put("role", "user").put("content", "<tool_response>\n" + response + end + "</tool_response>");
        }
        String answer = worldly(sentence(3 + random.nextInt(30)));
        messages.addObject().put("role", "assistant").put("content", "<think>\n"
                + worldly(paragraphs(2 + random.nextInt(3), 50 + random.nextInt(60))) + "\n</think>\n<answer>\n"
                + answer + "\n</answer>");
        ArrayNode functions = record.putArray("functions");
        for (String tool : List.of("search", "visit")) {
            ObjectNode function = functions.addObject().put("name_for_human", tool).put("name_for_model", tool)
                    .put("description_for_model", sentence(12));
            ObjectNode parameters = function.putObject("parameters").put("type", "object");
            parameters.putObject("properties").putObject(tool.equals("search") ? "query" : "url").put("type", "array")
                    .put("description", sentence(8)).putObject("items").put("type", "string");
            parameters.putArray("required").add(tool.equals("search") ? "query" : "url");
        }
        record.putArray("tool_calls");
        record.putArray("answer").addArray().add(answer);
        record.put("tag", "synthetic");
        return Json.write(record);
    }

    /** The text with a word from {@link #WORLD_WORDS} put in about every 200 words. */
    private String worldly(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        for (int space; (space = text.indexOf(' ', from)) >= 0; from = space + 1) {
            out.append(text, from, space + 1);
            if (random.nextInt(200) == 0) {
                out.append(WORLD_WORDS[Math.min(random.nextInt(WORLD_WORDS.length), random.nextInt(WORLD_WORDS.length))])
                        .append(' ');
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private record Trajectory(String question, List<String> thoughts, List<String> queries, List<String> responses, String answer) {}

    private Trajectory trajectory(long n) {
        String question = "Q" + n + ": " + sentence(15 + random.nextInt(30)) + "?";
        int calls = 1 + random.nextInt(4);
        List<String> thoughts = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        for (int i = 0; i <= calls; i++) {
            thoughts.add(paragraphs(1 + random.nextInt(4), 40 + random.nextInt(120)));
        }
        for (int i = 0; i < calls; i++) {
            queries.add(sentence(3 + random.nextInt(6)));
            StringBuilder response = new StringBuilder("A Google search for '" + queries.getLast() + "' found 10 results:\n\n## Web Results\n");
            int results = 3 + random.nextInt(8);
            for (int r = 1; r <= results; r++) {
                response.append(r).append(". [").append(sentence(4 + random.nextInt(6))).append("](https://")
                        .append(word()).append(".org/").append(word()).append('/').append(random.nextInt(100_000))
                        .append(")\n\n").append(sentence(25 + random.nextInt(60))).append("\n\n");
            }
            responses.add(response.toString());
        }
        return new Trajectory(question, thoughts, queries, responses, sentence(2 + random.nextInt(8)));
    }

    private String paragraphs(int count, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(sentence(words));
        }
        return text.toString();
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String w = word();
            text.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return text.toString();
    }

    /** Zipf-like: common words often, the long tail rarely. */
    private String word() {
        double u = random.nextDouble();
        int index = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, u * u)) - 1);
        return vocabulary[Math.max(0, index)];
    }

    private String pseudoWord() {
        int parts = 2 + random.nextInt(3);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }
}
