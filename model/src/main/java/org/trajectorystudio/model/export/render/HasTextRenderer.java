package org.trajectorystudio.model.export.render;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.StableHash;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Higher-order Action Synthesis decision text (AgentFounder, "Scaling Agents via Continual Pre-training"): the
 * question, then for every step the candidate actions, the choice and the real tool response, then the trajectory's
 * judgment. Blocks are separated by one blank line:
 *
 * <pre>
 * Question: {question, knowledge}
 *
 * I have 3 candidate actions.
 *
 * Option 1:
 * {thought and action, as the assistant writes them}
 *
 * Option 2:
 * …
 *
 * I will choose option 2.
 *
 * &lt;tool_response&gt;
 * {real response}
 * &lt;/tool_response&gt;
 *
 * {a step without candidates: its thought and action}
 *
 * My decision is Correct.
 * </pre>
 *
 * Options appear in presented order, or shuffled: the permutation of a step depends only on the seed, the sample id
 * and the step index, so it does not change with what else is exported. The judgment line is left out when the
 * judgment is unknown and when the steps were cut at the budget (the judgment is about the whole trajectory).
 */
public final class HasTextRenderer implements Renderer {
    private final long seed;
    private final boolean shuffle;

    public HasTextRenderer(long seed, boolean shuffle) {
        this.seed = seed;
        this.shuffle = shuffle;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.HAS_TEXT;
    }

    @Override
    public boolean accepts(Sample sample) {
        return (sample.kind() == SampleKind.HAS_DECISION || sample.kind() == SampleKind.TRAJECTORY) && !sample.steps().isEmpty();
    }

    @Override
    public boolean truncatable() {
        return true;
    }

    @Override
    public Rendered render(Sample sample, int steps) {
        List<String> blocks = new ArrayList<>();
        blocks.add("Question: " + Conversation.question(sample));
        for (int i = 0; i < steps; i++) {
            Step step = sample.steps().get(i);
            if (step.isDecision()) {
                decision(sample.id(), i, step, blocks);
            } else {
                blocks.add(Conversation.assistantText(step.effectiveThought().orElse(null), step.effectiveAction()));
            }
            if (step.observation() != null) {
                blocks.add("<tool_response>\n" + step.observation() + "\n</tool_response>");
            }
        }
        boolean complete = steps == sample.steps().size();
        if (complete && sample.judgment() != Judgment.UNKNOWN) {
            blocks.add("My decision is " + (sample.judgment() == Judgment.CORRECT ? "Correct" : "Incorrect") + ".");
        }
        String text = String.join("\n\n", blocks);
        ObjectNode body = Json.object();
        body.put("text", text);
        return new Rendered(body, text, steps, complete);
    }

    private void decision(String sampleId, int stepIndex, Step step, List<String> blocks) {
        List<Candidate> candidates = step.candidates();
        int[] order = order(sampleId, stepIndex, candidates.size());
        StringBuilder options = new StringBuilder("I have ").append(candidates.size())
                .append(candidates.size() == 1 ? " candidate action." : " candidate actions.");
        int chosenPosition = -1;
        for (int position = 0; position < order.length; position++) {
            Candidate candidate = candidates.get(order[position]);
            options.append("\n\nOption ").append(position + 1).append(":\n")
                    .append(Conversation.assistantText(candidate.thought(), candidate.action()));
            if (order[position] == step.chosen()) {
                chosenPosition = position;
            }
        }
        blocks.add(options.toString());
        blocks.add("I will choose option " + (chosenPosition + 1) + ".");
    }

    /** Presented order, or a Fisher-Yates shuffle seeded by (seed, sample id, step). */
    int[] order(String sampleId, int stepIndex, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        if (shuffle) {
            SplittableRandom random = new SplittableRandom(StableHash.of(seed, StableHash.of(sampleId), stepIndex));
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return order;
    }
}
