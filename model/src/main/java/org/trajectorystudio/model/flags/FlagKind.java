package org.trajectorystudio.model.flags;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of quality flag; each has a stable wire name (stored, filtered on, typed on the command line). */
public enum FlagKind {
    REPEATED_CALL("repeated-call", "Repeated call", "a tool call repeated with identical arguments (a loop)"),
    EMPTY_RESPONSE("empty-response", "Empty response", "a tool response that is empty"),
    ERROR_RESPONSE("error-response", "Error response", "a tool response that reports an error"),
    NO_ANSWER("no-answer", "No answer", "a trajectory that ends without an answer"),
    ANSWER_MISMATCH("answer-mismatch", "Answer mismatch", "the final answer does not match the reference answer"),
    DUPLICATE_OPTIONS("duplicate-options", "Duplicate options", "two HAS options at one step are the same action"),
    CHOSEN_NOT_EXECUTED("chosen-not-executed", "Chosen ≠ executed",
            "a HAS step's chosen option is not the action the trajectory executed"),
    UNCHANGED_ANSWER("unchanged-answer", "Unchanged answer",
            "a FAS reasoning sample whose corrected answer equals its tentative answer"),
    INVALID_ARGUMENTS("invalid-arguments", "Invalid arguments",
            "tool-call arguments that are not JSON or do not fit the tool's schema"),
    OVER_32K("over-32k", "Over 32K", "more tokens than the 32K stage-1 budget"),
    OVER_128K("over-128k", "Over 128K", "more tokens than the 128K stage-2 budget");

    private final String wireName;
    private final String label;
    private final String description;

    FlagKind(String wireName, String label, String description) {
        this.wireName = wireName;
        this.label = label;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    /** A short name for a column, chip or menu. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<FlagKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }

    /** The wire names, comma-separated, for help texts and errors. */
    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(FlagKind::wireName).toList());
    }
}
