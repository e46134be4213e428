package org.trajectorystudio.app.library;

import java.util.function.UnaryOperator;
import org.trajectorystudio.persistence.query.SampleQuery;

/** What the library pane selects: everything, one dataset, or a review queue. */
public sealed interface LibrarySource {
    String label();

    UnaryOperator<SampleQuery.Builder> narrow();

    record All(long count) implements LibrarySource {
        public String label() {
            return "All samples  " + count;
        }

        public UnaryOperator<SampleQuery.Builder> narrow() {
            return b -> b;
        }
    }

    record Dataset(long id, String name, long count) implements LibrarySource {
        public String label() {
            return name + "  " + count;
        }

        public UnaryOperator<SampleQuery.Builder> narrow() {
            return b -> b.dataset(id);
        }
    }

    /** @param pending samples left to do; @param total the queue's universe */
    record Queue(ReviewQueue queue, long pending, long total) implements LibrarySource {
        public String label() {
            return queue.name() + "  " + (queue.hasProgress() ? (total - pending) + " / " + total + " done" : String.valueOf(pending));
        }

        public double progress() {
            return total == 0 ? 1 : (double) (total - pending) / total;
        }

        public UnaryOperator<SampleQuery.Builder> narrow() {
            return queue.select();
        }
    }
}
