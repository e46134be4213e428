package org.trajectorystudio.model.edit;

import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * A sample's canonical JSON with one field and one array element per line, so that a line diff of two revisions
 * points at exactly what changed.
 */
public final class CanonicalText {
    private CanonicalText() {}

    public static String of(Sample sample) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return Json.MAPPER.writer().with(printer).writeValueAsString(StudioCodec.toJson(sample)).replace("\r\n", "\n");
    }
}
