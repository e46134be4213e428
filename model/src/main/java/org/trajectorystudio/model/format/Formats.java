package org.trajectorystudio.model.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trajectorystudio.model.format.openai.OpenAiFormat;
import org.trajectorystudio.model.format.react.ReactChatmlFormat;
import org.trajectorystudio.model.format.sharegpt.ShareGptFormat;
import org.trajectorystudio.model.format.studio.StudioFormat;

/** Every format the studio reads, in detection-priority order. */
public final class Formats {
    private static final List<SampleFormat> ALL = List.of(
            new StudioFormat(), new ReactChatmlFormat(), new OpenAiFormat(), new ShareGptFormat());

    private Formats() {}

    public static List<SampleFormat> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(SampleFormat::name).toList();
    }

    public static Optional<SampleFormat> byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(format -> format.name().equals(wanted)).findFirst();
    }
}
