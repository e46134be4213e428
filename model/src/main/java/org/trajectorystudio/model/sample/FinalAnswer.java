package org.trajectorystudio.model.sample;

import java.util.Objects;

/** The final answer that ends a trajectory. */
public record FinalAnswer(String text) implements Action {
    public static final String TYPE = "answer";

    public FinalAnswer {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
