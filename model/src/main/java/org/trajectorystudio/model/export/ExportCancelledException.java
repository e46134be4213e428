package org.trajectorystudio.model.export;

import java.nio.file.Path;
import java.util.List;

/**
 * The export was cancelled. Before its data files are committed nothing is created or changed; a cancel that comes
 * while derived files (Parquet) are made, after the data files are in place, names the files it leaves, and no
 * manifest was written for them.
 */
public final class ExportCancelledException extends RuntimeException {
    private final List<Path> written;

    public ExportCancelledException() {
        this(List.of());
    }

    public ExportCancelledException(List<Path> written) {
        super(written.isEmpty() ? "export cancelled; no file was written"
                : "export cancelled after writing " + String.join(", ", written.stream().map(Path::toString).toList())
                        + "; no manifest was written for them");
        this.written = List.copyOf(written);
    }

    /** Files left in place (the data files, when the cancel came after they were committed); empty when none. */
    public List<Path> written() {
        return written;
    }
}
