package org.trajectorystudio.app.trajectory;

import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;
import org.trajectorystudio.model.tokens.SampleTokens;
import org.trajectorystudio.model.tokens.TokenBreakdown;
import org.trajectorystudio.persistence.library.Library;

/** Loads the selected sample off the FX thread (body, outline, tokens) and shows it; stale loads are dropped. */
public final class SampleViewer {
    private final Library library;
    private final Tasks tasks;
    private final Notifier notifier;
    private final TrajectoryPane pane;
    private final java.util.function.Consumer<Sample> onShown;
    private long generation;
    private String shownId;

    /** @param onShown told of each sample once it is shown (null when cleared) */
    public SampleViewer(Library library, Tasks tasks, Notifier notifier, TrajectoryPane pane, java.util.function.Consumer<Sample> onShown) {
        this.onShown = onShown;
        this.library = library;
        this.tasks = tasks;
        this.notifier = notifier;
        this.pane = pane;
    }

    private record Loaded(Sample sample, OutlineNode outline, TokenBreakdown tokens) {}

    /** Reads the shown sample again (a new revision), keeping the selected tree node where it can. */
    public void reload() {
        if (shownId != null) {
            show(shownId);
        }
    }

    public void show(String sampleId) {
        long mine = ++generation;
        shownId = sampleId;
        if (sampleId == null) {
            // Deferred: replacing a table row (after curating it) drops the selection for a moment and selects the
            // same row again; clearing at once would lose the tree node the curator had selected.
            javafx.application.Platform.runLater(() -> {
                if (mine == generation) {
                    pane.clear();
                    onShown.accept(null);
                }
            });
            return;
        }
        tasks.run("Opening sample", progress -> {
            Sample sample = library.samples().load(sampleId)
                    .orElseThrow(() -> new IllegalStateException("sample " + sampleId + " is no longer in the library"));
            // Flags come from the sample shown (pure rules; equal to the stored ones of its latest revision).
            var flags = library.flags().settings().raised(org.trajectorystudio.model.flags.QualityFlags.of(sample));
            return new Loaded(sample, OutlineBuilder.build(sample, flags), SampleTokens.breakdown(sample, ApproximateTokenCounter.INSTANCE));
        }, loaded -> {
            if (mine == generation) {
                pane.show(loaded.outline(), loaded.tokens(), false);
                onShown.accept(loaded.sample());
            }
        }, failure -> {
            if (mine == generation) { // a sample left behind may fail after another one was asked for: not this one's problem
                notifier.problem("Cannot open sample: " + failure.getMessage());
            }
        });
    }
}
