package org.trajectorystudio.model.export;

/** The export was cancelled; no output file was created or changed. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("export cancelled; no file was written");
    }
}
