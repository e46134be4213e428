package org.trajectorystudio.model.judge;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a judge model is asked: an editable prompt template with {@code {{variable}}} slots ({@link #VARIABLES}). A
 * template that names {@code {{options}}} is asked once per HAS step (which option would you choose?) and answered
 * with an option number; any other once per sample and answered with correct / incorrect.
 */
public record Rubric(String name, String template) {
    public static final List<String> VARIABLES = List.of("question", "steps", "answer", "reference", "options", "step");
    private static final Pattern SLOT = Pattern.compile("\\{\\{\\s*([a-zA-Z_]+)\\s*}}");

    public Rubric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a rubric name is letters, digits, '.', '_' or '-', not '" + name + "'");
        }
        Matcher slots = SLOT.matcher(template);
        while (slots.find()) {
            if (!VARIABLES.contains(slots.group(1))) {
                throw new IllegalArgumentException("rubric " + name + ": unknown variable {{" + slots.group(1) + "}}; one of "
                        + String.join(", ", VARIABLES));
            }
        }
    }

    /** True when the rubric is asked per HAS step about its options. */
    public boolean perStep() {
        return SLOT.matcher(template).results().anyMatch(slot -> slot.group(1).equals("options"));
    }

    /** The template with each slot replaced by its value (a missing value is empty). */
    public String render(java.util.Map<String, String> values) {
        return SLOT.matcher(template).replaceAll(slot -> Matcher.quoteReplacement(values.getOrDefault(slot.group(1), "")));
    }
}
