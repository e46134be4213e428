package org.trajectorystudio.model.format;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Picks the format whose recognition scores sum highest over a file's first records. */
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

    /** The best format for these records, or empty when none recognises any of them. */
    public Optional<SampleFormat> detect(List<ObjectNode> firstRecords) {
        SampleFormat best = null;
        long bestScore = 0;
        for (SampleFormat format : formats) {
            long score = firstRecords.stream().mapToLong(format::recognise).sum();
            if (score > bestScore) {
                best = format;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
