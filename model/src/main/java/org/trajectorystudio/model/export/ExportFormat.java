package org.trajectorystudio.model.export;

import java.util.Locale;

/** What an export writes, one JSON object per line. */
public enum ExportFormat {
    /** {@code {id, messages[{role, content, weight}], tools}}: weight 0 on turns the model never writes. */
    CHAT("chat"),
    /**
     * {@code {conversations[{from, value}], system, tools}}: LLaMA-Factory's sharegpt form, with a
     * {@code dataset_info.json} entry beside it so that {@code dataset: NAME} finds it.
     */
    SHAREGPT("sharegpt"),
    /** {@code {id, text}}: the conversation rendered with a chat template, for continual pre-training. */
    CPT_TEXT("cpt-text"),
    /** {@code {id, text}}: the paper's HAS decision text. */
    HAS_TEXT("has-text"),
    /** {@code {id, text}}: the FAS planning or reasoning text. */
    FAS_TEXT("fas-text");

    private final String wireName;

    ExportFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ExportFormat fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportFormat format : values()) {
            if (format.wireName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (expected chat, sharegpt, cpt-text, has-text or fas-text)");
    }
}
