package org.trajectorystudio.app.trajectory;

import org.trajectorystudio.model.flags.QualityFlag;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;

/**
 * Turns a sample into its outline: question → steps (thought, tool calls, tool response) → final answer →
 * judgment. A HAS step lists all its candidates as sibling branches with the chosen one marked; FAS planning
 * shows analysis and first action; FAS reasoning shows knowledge, tentative and corrected answers.
 * Pure and fast: no JavaFX, no I/O, so it runs off the FX thread and in plain unit tests.
 */
public final class OutlineBuilder {
    private static final int TITLE = 110;

    private OutlineBuilder() {}

    public static OutlineNode build(Sample sample) {
        return build(sample, List.of());
    }

    /**
     * The outline with the sample's raised quality flags: a "Flags" node first, and each flag's reason under the step
     * it names, so that the curator sees why the sample was queued where the problem is.
     */
    public static OutlineNode build(Sample sample, List<QualityFlag> flags) {
        List<OutlineNode> top = new ArrayList<>();
        if (!flags.isEmpty()) {
            top.add(flagsNode(flags));
        }
        if (sample.system() != null && !sample.system().isBlank()) {
            top.add(OutlineNode.leaf(NodeType.SYSTEM, "System · " + TextSnippets.firstLine(sample.system(), TITLE),
                    sample.system(), NodeRef.SAMPLE));
        }
        if (!sample.tools().isEmpty()) {
            top.add(tools(sample.tools()));
        }
        top.add(OutlineNode.leaf(NodeType.QUESTION, "Question · " + TextSnippets.compact(sample.question(), TITLE),
                sample.question(), NodeRef.SAMPLE));
        if (!sample.knowledge().isEmpty()) {
            top.add(knowledge(sample.knowledge()));
        }
        List<Step> steps = sample.steps();
        int notExecuted = org.trajectorystudio.model.edit.NotExecuted.from(sample).orElse(Integer.MAX_VALUE);
        for (int i = 0; i < steps.size(); i++) {
            top.add(withFlags(step(sample.kind(), steps, i, notExecuted), i + 1, flags));
        }
        if (sample.answer() != null) {
            top.add(OutlineNode.leaf(NodeType.REFERENCE_ANSWER, "Reference answer · " + TextSnippets.compact(sample.answer(), TITLE),
                    sample.answer(), NodeRef.SAMPLE));
        }
        top.add(OutlineNode.leaf(NodeType.JUDGMENT, "Judgment · " + sample.judgment().wireName(),
                "My decision is " + capitalise(sample.judgment().wireName()), NodeRef.SAMPLE));
        String title = sample.kind().wireName() + " · " + steps.size() + (steps.size() == 1 ? " step" : " steps");
        return new OutlineNode(NodeType.SAMPLE, title, sample.question(), NodeRef.SAMPLE, false, top);
    }

    private static OutlineNode flagsNode(List<QualityFlag> flags) {
        List<OutlineNode> children = flags.stream().map(OutlineBuilder::flagLeaf).toList();
        String detail = String.join("\n", flags.stream().map(flag -> flag.kind().label() + ": " + flag.reason()).toList());
        return new OutlineNode(NodeType.FLAG, "Flags · " + String.join(", ", flags.stream().map(f -> f.kind().label()).toList()),
                detail, NodeRef.SAMPLE, false, children);
    }

    private static OutlineNode flagLeaf(QualityFlag flag) {
        NodeRef ref = flag.step() > 0 ? NodeRef.step(flag.step() - 1) : NodeRef.SAMPLE;
        return OutlineNode.leaf(NodeType.FLAG, "⚑ " + flag.kind().label() + " · " + TextSnippets.compact(flag.reason(), TITLE),
                flag.kind().label() + " (" + flag.kind().description() + ")\n" + flag.reason(), ref);
    }

    /** A step node with the reasons of the flags that name it, first among its children and marked in its title. */
    private static OutlineNode withFlags(OutlineNode step, int number, List<QualityFlag> flags) {
        List<OutlineNode> here = flags.stream().filter(flag -> flag.step() == number).map(OutlineBuilder::flagLeaf).toList();
        if (here.isEmpty()) {
            return step;
        }
        List<OutlineNode> children = new ArrayList<>(here);
        children.addAll(step.children());
        return new OutlineNode(step.type(), "⚑ " + step.title(), step.detail(), step.ref(), step.chosen(), children);
    }

    private static OutlineNode tools(List<ToolSpec> tools) {
        List<OutlineNode> children = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (ToolSpec tool : tools) {
            String detail = tool.name() + (tool.description() == null ? "" : "\n" + tool.description())
                    + (tool.parameters() == null ? "" : "\n" + pretty(tool.parameters()));
            children.add(OutlineNode.leaf(NodeType.TOOL_SPEC, tool.name() + " · " + TextSnippets.firstLine(tool.description(), TITLE),
                    detail, NodeRef.SAMPLE));
            all.append(detail).append("\n\n");
        }
        return new OutlineNode(NodeType.TOOLS, "Tools · " + tools.stream().map(ToolSpec::name).toList(),
                all.toString().strip(), NodeRef.SAMPLE, false, children);
    }

    private static OutlineNode knowledge(List<String> statements) {
        List<OutlineNode> children = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            children.add(OutlineNode.leaf(NodeType.KNOWLEDGE_ITEM, (i + 1) + ". " + TextSnippets.compact(statements.get(i), TITLE),
                    statements.get(i), NodeRef.SAMPLE));
        }
        return new OutlineNode(NodeType.KNOWLEDGE, "Knowledge · " + statements.size() + " statements",
                String.join("\n\n", statements), NodeRef.SAMPLE, false, children);
    }

    private static final String NOT_EXECUTED = "[not executed] ";

    private static OutlineNode step(SampleKind kind, List<Step> steps, int index, int notExecuted) {
        Step step = steps.get(index);
        NodeRef ref = NodeRef.step(index);
        List<OutlineNode> children = new ArrayList<>();
        if (step.user() != null) {
            // A follow-up user turn of a dialogue: it came before this step's action.
            children.add(OutlineNode.leaf(NodeType.USER, "User · " + TextSnippets.compact(step.user(), TITLE), step.user(), ref));
        }
        if (step.isDecision()) {
            for (int c = 0; c < step.candidates().size(); c++) {
                children.add(candidate(step.candidates().get(c), ref.withCandidate(c), c, c == step.chosen()));
            }
        } else {
            step.effectiveThought().ifPresent(thought -> children.add(thought(thought, ref)));
            children.addAll(actionNodes(step.effectiveAction(), ref));
        }
        if (step.observation() != null) {
            // From the step whose action a curator replaced, responses answer an action that is no longer there.
            boolean stale = index >= notExecuted;
            children.add(OutlineNode.leaf(NodeType.TOOL_RESPONSE, (stale ? NOT_EXECUTED : "")
                    + "Tool response · " + TextSnippets.firstLine(step.observation(), 80) + "  (" + TextSnippets.size(step.observation()) + ")",
                    stale ? "Not executed for this action: this response answered the action taken before step "
                            + (notExecuted + 1) + " was edited, and exports cut the trajectory before that step.\n\n"
                            + step.observation() : step.observation(), ref));
        }
        String title = (index > notExecuted ? NOT_EXECUTED : "") + stepTitle(kind, steps, index);
        return new OutlineNode(NodeType.STEP, title, TaggedText.of(step), ref, false, children);
    }

    private static String stepTitle(SampleKind kind, List<Step> steps, int index) {
        Step step = steps.get(index);
        Action action = step.effectiveAction();
        String label = switch (kind) {
            case FAS_PLANNING -> action instanceof Plan ? "Analysis" : "First action";
            case FAS_REASONING -> action instanceof FinalAnswer
                    ? (index == steps.size() - 1 && steps.size() > 1 ? "Corrected answer" : "Tentative answer")
                    : "Reasoning";
            default -> "Step " + (index + 1);
        };
        String what = switch (action) {
            case ToolCalls calls -> calls.calls().stream().map(ToolCall::name).reduce((a, b) -> a + ", " + b).orElse("no call");
            case FinalAnswer answer -> "answer: " + TextSnippets.compact(answer.text(), 60);
            case Plan plan -> TextSnippets.compact(plan.text(), 60);
            case Reasoning reasoning -> TextSnippets.compact(reasoning.text(), 60);
        };
        String options = step.isDecision() ? "  [" + step.candidates().size() + " options, chose " + (step.chosen() + 1) + "]" : "";
        return label + " · " + what + options;
    }

    private static OutlineNode candidate(Candidate candidate, NodeRef ref, int index, boolean chosen) {
        List<OutlineNode> children = new ArrayList<>();
        if (candidate.thought() != null) {
            children.add(thought(candidate.thought(), ref));
        }
        children.addAll(actionNodes(candidate.action(), ref));
        String what = switch (candidate.action()) {
            case ToolCalls calls -> calls.calls().stream().map(OutlineBuilder::compactCall).reduce((a, b) -> a + " ‖ " + b).orElse("no call");
            case FinalAnswer answer -> "answer: " + TextSnippets.compact(answer.text(), 70);
            case Plan plan -> "plan: " + TextSnippets.compact(plan.text(), 70);
            case Reasoning reasoning -> "reason: " + TextSnippets.compact(reasoning.text(), 70);
        };
        String title = "Option " + (index + 1) + (chosen ? " ✓ chosen" : "") + " · " + what;
        return new OutlineNode(NodeType.CANDIDATE, title, TaggedText.of(candidate.thought(), candidate.action()), ref, chosen, children);
    }

    private static OutlineNode thought(String thought, NodeRef ref) {
        return OutlineNode.leaf(NodeType.THOUGHT, "Thought · " + TextSnippets.compact(thought, TITLE), thought, ref);
    }

    private static List<OutlineNode> actionNodes(Action action, NodeRef ref) {
        return switch (action) {
            case ToolCalls calls -> {
                List<OutlineNode> nodes = new ArrayList<>();
                for (int i = 0; i < calls.calls().size(); i++) {
                    ToolCall call = calls.calls().get(i);
                    nodes.add(OutlineNode.leaf(NodeType.TOOL_CALL, (call.hasInvalidArguments() ? "⚠ " : "") + compactCall(call),
                            callDetail(call), ref.withCall(i)));
                }
                yield nodes;
            }
            case FinalAnswer answer -> List.of(OutlineNode.leaf(NodeType.ANSWER, "Answer · " + TextSnippets.compact(answer.text(), TITLE), answer.text(), ref));
            case Plan plan -> List.of(OutlineNode.leaf(NodeType.PLAN, "Analysis · " + TextSnippets.compact(plan.text(), TITLE), plan.text(), ref));
            case Reasoning reasoning -> List.of(OutlineNode.leaf(NodeType.REASONING, "Reasoning · " + TextSnippets.compact(reasoning.text(), TITLE), reasoning.text(), ref));
        };
    }

    /** {@code search query=["a","b"]}: tool name plus compact arguments. */
    static String compactCall(ToolCall call) {
        if (call.hasInvalidArguments()) {
            return call.name() + " (invalid arguments) " + TextSnippets.compact(call.rawArguments(), 60);
        }
        StringBuilder text = new StringBuilder(call.name());
        if (call.arguments().isObject()) {
            call.arguments().properties().forEach(entry -> text.append(' ').append(entry.getKey()).append('=')
                    .append(TextSnippets.compact(entry.getValue().isString() ? entry.getValue().stringValue() : Json.write(entry.getValue()), 70)));
        } else {
            text.append(' ').append(TextSnippets.compact(Json.write(call.arguments()), 70));
        }
        return TextSnippets.cut(text.toString(), 140);
    }

    /** The call as the model writes it; parsed arguments pretty-printed, raw ones verbatim with a warning. */
    static String callDetail(ToolCall call) {
        if (call.hasInvalidArguments()) {
            return Conversation.toolCallJson(call) + "\n\n⚠ The arguments are not valid JSON.";
        }
        tools.jackson.databind.node.ObjectNode node = Json.object();
        node.put("name", call.name());
        node.set("arguments", call.arguments());
        return pretty(node);
    }

    static String pretty(tools.jackson.databind.JsonNode node) {
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
