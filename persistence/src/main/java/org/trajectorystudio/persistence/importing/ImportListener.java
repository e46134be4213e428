package org.trajectorystudio.persistence.importing;

/** Receives progress on the importing thread; a window should hand it over to its UI thread. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = progress -> {};

    void progress(ImportProgress progress);
}
