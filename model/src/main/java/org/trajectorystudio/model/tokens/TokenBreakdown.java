package org.trajectorystudio.model.tokens;

/** A sample's tokens by role, for the budget bar and for export statistics. */
public record TokenBreakdown(
        int system, int tools, int question, int knowledge, int thoughts, int toolCalls, int toolResponses,
        int answer, int candidates) {

    public int total() {
        return system + tools + question + knowledge + thoughts + toolCalls + toolResponses + answer + candidates;
    }

    /** Budgets that matter for agentic CPT: stage 1 trains at 32K, stage 2 at 128K. */
    public static final int STAGE_1_CONTEXT = 32_768;
    public static final int STAGE_2_CONTEXT = 131_072;
}
