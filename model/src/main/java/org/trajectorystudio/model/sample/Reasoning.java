package org.trajectorystudio.model.sample;

import java.util.Objects;

/** A FAS reasoning text (reasoning over knowledge statements); never executed. */
public record Reasoning(String text) implements Action {
    public static final String TYPE = "reason";

    public Reasoning {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
