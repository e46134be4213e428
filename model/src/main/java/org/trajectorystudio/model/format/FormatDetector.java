package org.trajectorystudio.model.format;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores a file's first records against a registry of formats ({@link Formats#all()}: adding a shape is one class
 * there) and picks the best ({@link Detection}).
 */
public final class FormatDetector {
    /** How many readable records detection looks at. */
    public static final int SAMPLE_RECORDS = 20;

    private final List<SampleFormat> formats;

    public FormatDetector(List<SampleFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public FormatDetector() {
        this(Formats.all());
    }

    /** Every format's score over these records, best first. */
    public Detection score(List<ObjectNode> firstRecords) {
        return Detection.score(formats, firstRecords);
    }

    /** The best format for these records, or empty when none recognises them well enough. */
    public Optional<SampleFormat> detect(List<ObjectNode> firstRecords) {
        return score(firstRecords).winner();
    }
}
