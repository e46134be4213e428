package org.trajectorystudio.app.preview;

import java.util.List;
import java.util.Map;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.trajectory.OutlineBuilder;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.model.preview.ParsedCompletion;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;

/**
 * A parsed completion as a small tree with the nodes and icons of the trajectory tree: the step, its thought and its
 * tool calls or answer. Built through {@link OutlineBuilder} from a one-step sample so that both trees always agree.
 */
final class CompletionOutline {
    private CompletionOutline() {}

    static OutlineNode of(ParsedCompletion parsed) {
        if (parsed.action() == null) {
            String thought = parsed.thought() == null ? "" : parsed.thought();
            OutlineNode leaf = OutlineNode.leaf(NodeType.THOUGHT, "Thought · " + firstLine(thought), thought, NodeRef.step(0));
            return new OutlineNode(NodeType.STEP, "Preview · no action", thought, NodeRef.step(0), false, List.of(leaf));
        }
        Sample one = new Sample("preview", SampleKind.TRAJECTORY, "", null, null, List.of(), List.of(),
                List.of(Step.of(parsed.thought(), parsed.action(), null)), Judgment.UNKNOWN, Map.of());
        OutlineNode step = OutlineBuilder.build(one).children().stream()
                .filter(node -> node.type() == NodeType.STEP).findFirst().orElseThrow();
        return new OutlineNode(NodeType.STEP, step.title().replaceFirst("^Step 1", "Preview"), step.detail(), step.ref(), false, step.children());
    }

    /** Parses a planning completion into the analysis and first-action nodes of a FAS planning sample. */
    static OutlineNode planning(ParsedCompletion parsed, String question) {
        return OutlineBuilder.build(parsed.toPlanningSample("plan", question, List.of()));
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 100 ? line : line.substring(0, 99) + "…";
    }
}
