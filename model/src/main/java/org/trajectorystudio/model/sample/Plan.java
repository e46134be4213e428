package org.trajectorystudio.model.sample;

import java.util.Objects;

/** A FAS planning analysis: the decomposition of a question before the first action; never executed. */
public record Plan(String text) implements Action {
    public static final String TYPE = "plan";

    public Plan {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
