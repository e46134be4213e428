package org.trajectorystudio.model.format;

import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** One source format: recognises its records and maps each to a canonical sample. Implementations are stateless. */
public interface SampleFormat {

    /** The name used by {@code --format}. */
    String name();

    /**
     * How strongly this record looks like the format: 0 = not at all, 100 = certainly. Detection sums this over the
     * first records of a file.
     */
    int recognise(ObjectNode record);

    /**
     * Maps one record. Repairs are reported through {@link RecordContext#warn}; an unreadable record throws.
     * Fields of the source that have no canonical place must end up in the sample's metadata.
     */
    Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException;
}
