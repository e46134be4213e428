package org.trajectorystudio.model.format;

import java.util.List;
import org.trajectorystudio.model.sample.Sample;

/** What became of one non-blank line of a source file. */
public sealed interface ReadOutcome {

    /** 1-based physical line number. */
    long line();

    /** A sample was read, possibly with repairs listed as warnings. */
    record Read(long line, Sample sample, List<String> warnings) implements ReadOutcome {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    /** The line could not be read; reading goes on with the next one. */
    record Rejected(long line, String reason) implements ReadOutcome {}
}
