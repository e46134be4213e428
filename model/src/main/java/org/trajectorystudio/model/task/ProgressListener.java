package org.trajectorystudio.model.task;

/**
 * Hears {@link Progress} on the working thread (a window hands it to its UI thread). The one progress callback of
 * import, export, curation log import and the inference engines.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = progress -> {};

    void progress(Progress progress);
}
