package org.trajectorystudio.model.format.source;

import java.io.IOException;
import java.nio.file.Path;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.format.RecordSource;

/**
 * A container the model cannot read by itself (Parquet needs a columnar reader, which lives outside the model), found
 * with {@link java.util.ServiceLoader}: a module on the class path registers one in
 * {@code META-INF/services/org.trajectorystudio.model.format.source.ContainerReader}.
 */
public interface ContainerReader {

    /** What the container is called in messages ("Parquet"). */
    String name();

    /** True when a file starting with these bytes is this container. */
    boolean accepts(byte[] head, int length);

    /** Opens the file's records, each as the JSON of one row. */
    RecordSource open(Path file, ReadOptions options) throws IOException;
}
