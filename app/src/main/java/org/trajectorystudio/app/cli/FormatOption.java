package org.trajectorystudio.app.cli;

import org.trajectorystudio.model.format.Formats;
import org.trajectorystudio.model.format.SampleFormat;

/** Turns a {@code --format} value into a format; null means "detect it". */
public final class FormatOption {
    private FormatOption() {}

    public static SampleFormat resolve(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return Formats.byName(name).orElseThrow(() -> new UserError(
                "unknown format '" + name + "' (expected one of: " + String.join(", ", Formats.names()) + ", auto)"));
    }
}
