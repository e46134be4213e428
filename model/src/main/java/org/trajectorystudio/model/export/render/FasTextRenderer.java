package org.trajectorystudio.model.export.render;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import tools.jackson.databind.node.ObjectNode;

/**
 * First-order Action Synthesis text. Blocks are separated by one blank line.
 *
 * <p>Planning (steps: {@code plan} analyses, then the first action):
 *
 * <pre>
 * Question: {question, knowledge}
 *
 * Analysis:
 * {plan texts}
 *
 * First action:
 * {thought and action, as the assistant writes them}
 * </pre>
 *
 * <p>Reasoning (knowledge statements; the first answer step is the tentative answer A1 from internal knowledge, the
 * last one the corrected answer A2; reasoning steps and the last step's thought are the corrected reasoning):
 *
 * <pre>
 * Question: {question}
 *
 * Initial thought: {thought before A1, when there is one}
 *
 * Tentative answer: {A1}
 *
 * Knowledge:
 * - {statement}
 *
 * Reasoning:
 * {reasoning}
 *
 * Answer: {A2}
 * </pre>
 *
 * Not truncatable: a plan without its action, or reasoning without its answer, teaches nothing.
 */
public final class FasTextRenderer implements Renderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.FAS_TEXT;
    }

    @Override
    public boolean accepts(Sample sample) {
        return (sample.kind() == SampleKind.FAS_PLANNING || sample.kind() == SampleKind.FAS_REASONING) && !sample.steps().isEmpty();
    }

    @Override
    public boolean truncatable() {
        return false;
    }

    @Override
    public Rendered render(Sample sample, int steps) {
        List<Step> kept = sample.steps().subList(0, steps);
        String text = String.join("\n\n", sample.kind() == SampleKind.FAS_REASONING ? reasoning(sample, kept) : planning(sample, kept));
        ObjectNode body = Json.object();
        body.put("text", text);
        return new Rendered(body, text, steps, steps == sample.steps().size());
    }

    private static List<String> planning(Sample sample, List<Step> steps) {
        List<String> blocks = new ArrayList<>();
        blocks.add("Question: " + Conversation.question(sample));
        List<String> analysis = new ArrayList<>();
        Step firstAction = null;
        for (Step step : steps) {
            if (step.effectiveAction() instanceof Plan plan) {
                step.effectiveThought().ifPresent(thought -> analysis.add(thought.strip()));
                analysis.add(plan.text().strip());
            } else {
                firstAction = step;
                break; // only the first action is predicted; anything after it is not part of FAS planning
            }
        }
        if (!analysis.isEmpty()) {
            blocks.add("Analysis:\n" + String.join("\n\n", analysis));
        }
        if (firstAction != null) {
            blocks.add("First action:\n" + Conversation.assistantText(firstAction.effectiveThought().orElse(null), firstAction.effectiveAction()));
        }
        return blocks;
    }

    private static List<String> reasoning(Sample sample, List<Step> steps) {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).effectiveAction() instanceof FinalAnswer) {
                answers.add(i);
            }
        }
        int tentative = answers.size() >= 2 ? answers.getFirst() : -1;
        int corrected = answers.isEmpty() ? -1 : answers.getLast();

        List<String> blocks = new ArrayList<>();
        blocks.add("Question: " + sample.question());
        if (tentative >= 0) {
            Step step = steps.get(tentative);
            step.effectiveThought().ifPresent(thought -> blocks.add("Initial thought: " + thought.strip()));
            blocks.add("Tentative answer: " + ((FinalAnswer) step.effectiveAction()).text().strip());
        }
        if (!sample.knowledge().isEmpty()) {
            StringBuilder knowledge = new StringBuilder("Knowledge:");
            sample.knowledge().forEach(statement -> knowledge.append("\n- ").append(statement));
            blocks.add(knowledge.toString());
        }
        List<String> reasoning = new ArrayList<>();
        for (int i = tentative + 1; i < steps.size(); i++) {
            Step step = steps.get(i);
            step.effectiveThought().ifPresent(thought -> reasoning.add(thought.strip()));
            if (i != corrected) {
                reasoning.add(text(step.effectiveAction()));
            }
        }
        if (!reasoning.isEmpty()) {
            blocks.add("Reasoning:\n" + String.join("\n\n", reasoning));
        }
        if (corrected >= 0) {
            blocks.add("Answer: " + ((FinalAnswer) steps.get(corrected).effectiveAction()).text().strip());
        }
        return blocks;
    }

    private static String text(Action action) {
        return switch (action) {
            case Reasoning reasoning -> reasoning.text().strip();
            case Plan plan -> plan.text().strip();
            case FinalAnswer answer -> "Intermediate answer: " + answer.text().strip();
            default -> Conversation.assistantText(null, action);
        };
    }
}
