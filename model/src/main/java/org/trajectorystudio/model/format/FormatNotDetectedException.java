package org.trajectorystudio.model.format;

/** The first records of a file look like none of the known formats. */
public final class FormatNotDetectedException extends Exception {
    public FormatNotDetectedException(String message) {
        super(message);
    }
}
