package org.trajectorystudio.app.ui.task;

/** What background work reports, and how it learns that the user cancelled it. Thread-safe. */
public interface Progress {
    /** @param fraction 0..1, or negative when unknown */
    void update(double fraction, String message);

    boolean isCancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
