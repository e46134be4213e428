package org.trajectorystudio.app.testing;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.app.ui.notify.Notifier;

/** A {@link Notifier} that keeps every problem and unexpected failure it is told, for a test to assert on. */
public final class RecordingNotifier implements Notifier {
    private final List<String> problems;

    public RecordingNotifier() {
        this(new ArrayList<>());
    }

    /** Records into {@code problems}, a list the test already holds. */
    public RecordingNotifier(List<String> problems) {
        this.problems = problems;
    }

    @Override
    public void info(String message) {}

    @Override
    public void problem(String message) {
        problems.add(message);
    }

    @Override
    public void unexpected(String context, Throwable failure) {
        problems.add(context + ": " + failure);
    }

    public List<String> problems() {
        return problems;
    }
}
