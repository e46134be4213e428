package org.trajectorystudio.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.trajectorystudio.model.compare.QuestionKey;
import org.trajectorystudio.model.export.budget.BudgetOutcome;
import org.trajectorystudio.model.export.io.RecordLines;
import org.trajectorystudio.model.export.render.Rendered;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;

/**
 * Renders, counts and budgets offered samples on an executor, exactly as the studio's pipeline does each one: the
 * profile's renderer, the exact token count of the full rendering (in batches of 64 texts, one tokenizer call each),
 * then the budget (drop, or truncate at a step boundary by binary search on exact counts). Per record, so the result
 * does not depend on which task sees which record; the order-dependent decisions come later, on order keys.
 */
final class Evaluation {
    private static final int BATCH = 64;

    private Evaluation() {}

    /** A record's evaluation and, when kept, its output line. */
    record Evaluated(Records.Meta meta, byte[] line) implements Serializable {}

    static Iterator<Evaluated> evaluate(String profileJson, Iterator<Records.Offered> offered) {
        ExportTools tools = ExportTools.of(profileJson);
        return new Iterator<>() {
            private final List<Evaluated> ready = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                if (next == ready.size()) {
                    ready.clear();
                    next = 0;
                    List<Records.Offered> batch = new ArrayList<>(BATCH);
                    while (batch.size() < BATCH && offered.hasNext()) {
                        batch.add(offered.next());
                    }
                    if (!batch.isEmpty()) {
                        ready.addAll(evaluateBatch(tools, batch));
                    }
                }
                return next < ready.size();
            }

            @Override
            public Evaluated next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.get(next++);
            }
        };
    }

    private record Pending(Records.Offered offered, Sample sample, Rendered full, byte[] body, String contentId) {}

    private static List<Evaluated> evaluateBatch(ExportTools tools, List<Records.Offered> batch) {
        List<Evaluated> out = new ArrayList<>(batch.size());
        List<Pending> pending = new ArrayList<>(batch.size());
        List<Integer> slots = new ArrayList<>();
        for (Records.Offered offered : batch) {
            Sample sample = Samples.decode(offered.sample());
            if (!tools.renderer.accepts(sample)) {
                out.add(new Evaluated(new Records.Meta(offered.key(), sample.id(), offered.revision(), offered.file(), Records.Status.SKIPPED,
                        null, null, null, 0, false, "skipped: a " + sample.kind().wireName() + " sample has no "
                        + tools.profile.format().wireName() + " form"), null));
                continue;
            }
            Rendered full = tools.renderer.render(sample);
            slots.add(out.size());
            out.add(null);
            pending.add(new Pending(offered, sample, full, RecordLines.body(full.body()), SampleIds.contentId(sample)));
        }
        if (pending.isEmpty()) {
            return out;
        }
        int[] tokens = tools.counter.countAll(pending.stream().map(p -> p.full().text()).toList());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Records.Offered offered = p.offered();
            String id = p.sample().id();
            String rendering = HexFormat.of().formatHex(SampleIds.sha256(p.body()), 0, 16);
            String question = QuestionKey.of(p.sample().question()).value();
            Evaluated evaluated = switch (tools.budget.apply(p.sample(), p.full(), tokens[i], tools.renderer, tools.counter)) {
                case BudgetOutcome.Fits fits -> new Evaluated(new Records.Meta(offered.key(), id, offered.revision(), offered.file(),
                        Records.Status.FITS, p.contentId(), rendering, question, fits.tokens(), false, null),
                        RecordLines.line(id, p.body(), false));
                case BudgetOutcome.Truncated cut -> new Evaluated(new Records.Meta(offered.key(), id, offered.revision(), offered.file(),
                        Records.Status.TRUNCATED, p.contentId(), rendering, question, cut.tokens(), cut.finalAnswerLost(), null),
                        RecordLines.line(id, RecordLines.body(cut.rendered().body()), true));
                case BudgetOutcome.Dropped drop -> new Evaluated(new Records.Meta(offered.key(), id, offered.revision(), offered.file(),
                        Records.Status.DROPPED, p.contentId(), rendering, question, 0, false, "over budget: " + drop.reason()), null);
            };
            out.set(slots.get(i), evaluated);
        }
        return out;
    }
}
