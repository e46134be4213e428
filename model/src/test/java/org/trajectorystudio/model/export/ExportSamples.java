package org.trajectorystudio.model.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.json.Json;
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
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;

/** Hand-made samples of every kind, in the studio's canonical form, for export tests and golden files. */
public final class ExportSamples {
    public static final String SYSTEM = "You are a deep research assistant. Think in <think></think>, call tools in <tool_call></tool_call>, answer in <answer></answer>.";

    private ExportSamples() {}

    public static List<ToolSpec> tools() {
        return List.of(
                new ToolSpec("search", "Web search. Returns the top results for each query.",
                        json("{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"query\"]}")),
                new ToolSpec("visit", "Visit web pages and return a summary for the goal.",
                        json("{\"type\":\"object\",\"properties\":{\"url\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"goal\":{\"type\":\"string\"}},\"required\":[\"url\",\"goal\"]}")));
    }

    public static Action search(String... queries) {
        StringBuilder args = new StringBuilder("{\"query\":[");
        for (int i = 0; i < queries.length; i++) {
            args.append(i == 0 ? "" : ",").append(Json.write(Json.MAPPER.getNodeFactory().stringNode(queries[i])));
        }
        return new ToolCalls(List.of(ToolCall.parsed("c" + queries.length, "search", json(args.append("]}").toString()))));
    }

    public static Action visit(String url, String goal) {
        return new ToolCalls(List.of(ToolCall.parsed(null, "visit",
                json("{\"url\":[\"" + url + "\"],\"goal\":" + Json.write(Json.MAPPER.getNodeFactory().stringNode(goal)) + "}"))));
    }

    /** A two-tool-call trajectory that ends in a correct answer; every step has a thought. */
    public static Sample trajectory() {
        return new Sample("traj-derby", SampleKind.TRAJECTORY, "Who trained the horse that won the 1964 Epsom Derby?",
                "Mick Rogers", SYSTEM, tools(), List.of(),
                List.of(
                        Step.of("I need the winner of the 1964 Derby first.", search("1964 Epsom Derby winner"),
                                "1. Santa Claus (horse) — won the 1964 Epsom Derby, ridden by Scobie Breasley."),
                        Step.of("Now find the trainer of Santa Claus.", visit("https://en.wikipedia.org/wiki/Santa_Claus_(horse)", "trainer"),
                                "Santa Claus was trained by Mick Rogers at the Curragh."),
                        Step.of("The page names the trainer.", new FinalAnswer("Mick Rogers"), null)),
                Judgment.CORRECT, Map.of());
    }

    /** A HAS decision sample: every step offers candidates, the chosen one is the original action. */
    public static Sample hasDecision() {
        return new Sample("has-everest", SampleKind.HAS_DECISION, "In which year was the first ascent of Mount Everest?",
                "1953", null, tools(), List.of(),
                List.of(
                        Step.decision(List.of(
                                new Candidate("Search for the year directly.", search("first ascent Mount Everest year")),
                                new Candidate("Visit the Everest article.", visit("https://en.wikipedia.org/wiki/Mount_Everest", "first ascent")),
                                new Candidate("I already know it.", new FinalAnswer("1952"))), 0,
                                "Edmund Hillary and Tenzing Norgay reached the summit on 29 May 1953."),
                        Step.decision(List.of(
                                new Candidate("Double-check with another source.", search("Hillary Tenzing 1953 summit")),
                                new Candidate("The result is clear.", new FinalAnswer("1953"))), 1, null)),
                Judgment.CORRECT, Map.of());
    }

    /**
     * The HAS sample after a curator edited its candidates (revision 2): the weak answer option now gives a wrong
     * reason, and a fourth option was added to the first step.
     */
    public static Sample hasDecisionEdited() {
        Sample original = hasDecision();
        List<Step> steps = new ArrayList<>(original.steps());
        Step first = steps.getFirst();
        List<Candidate> candidates = new ArrayList<>(first.candidates());
        candidates.set(2, new Candidate("Everest was climbed before the war, so answer from memory.", new FinalAnswer("1938")));
        candidates.add(new Candidate("Ask a mountaineering source.", search("Everest first ascent", "Hillary Norgay")));
        steps.set(0, Step.decision(candidates, first.chosen(), first.observation()));
        return original.withSteps(steps);
    }

    /** A HAS sample judged incorrect, with a tool call whose arguments were not JSON. */
    public static Sample hasIncorrect() {
        return new Sample("has-nile", SampleKind.HAS_DECISION, "Which is longer, the Nile or the Amazon?", null, null, tools(),
                List.of(),
                List.of(
                        Step.decision(List.of(
                                new Candidate(null, new ToolCalls(List.of(ToolCall.unparsed("x", "search", "{\"query\": [\"nile length\"")))),
                                new Candidate("Compare both lengths.", search("Nile length km", "Amazon length km"))), 1,
                                "Nile: 6,650 km. Amazon: 6,400 km (disputed, up to 6,992 km)."),
                        Step.decision(List.of(new Candidate("The Nile is usually listed as longer.", new FinalAnswer("The Amazon"))), 0, null)),
                Judgment.INCORRECT, Map.of());
    }

    /** FAS planning: an analysis, then the first action (never executed). */
    public static Sample fasPlanning() {
        return new Sample("fas-plan-ballon", SampleKind.FAS_PLANNING, "Which club did the 2007 Ballon d'Or winner play for in 2003?",
                null, null, tools(), List.of(),
                List.of(
                        Step.of(null, new Plan("1. Identify the 2007 Ballon d'Or winner.\n2. Find the club he played for in 2003."), null),
                        Step.of("Start with the award winner.", search("2007 Ballon d'Or winner"), null)),
                Judgment.UNKNOWN, Map.of());
    }

    /** FAS reasoning: knowledge statements, a tentative answer from memory, reasoning that corrects it. */
    public static Sample fasReasoning() {
        return new Sample("fas-reason-derby", SampleKind.FAS_REASONING, "Who rode the winner of the 1964 Epsom Derby?", "Scobie Breasley",
                null, List.of(),
                List.of("Santa Claus won the 1964 Epsom Derby.", "Santa Claus was ridden by Scobie Breasley in the Derby.",
                        "Lester Piggott won the Derby nine times, but not in 1964."),
                List.of(
                        Step.of("From memory, Lester Piggott dominated the Derby in that era.", new FinalAnswer("Lester Piggott"), null),
                        Step.of(null, new Reasoning("The knowledge says Santa Claus won in 1964 and that Piggott did not win that year."), null),
                        Step.of("So the rider was the one named for Santa Claus.", new FinalAnswer("Scobie Breasley"), null)),
                Judgment.UNKNOWN, Map.of());
    }

    public static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }
}
