package org.trajectorystudio.model.export;

/** Where an export reports progress and learns that it was cancelled. Called on the exporting thread. */
public interface ExportMonitor {

    enum Phase { READING, WRITING }

    /** @param total -1 when not known (the input is streamed) */
    void progress(Phase phase, long done, long total);

    boolean cancelled();

    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(Phase phase, long done, long total) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
