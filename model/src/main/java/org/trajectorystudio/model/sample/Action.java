package org.trajectorystudio.model.sample;

/**
 * What an agent does at a step. {@code tool_calls} is executed, {@code answer} ends the trajectory, {@code plan} is a
 * FAS planning analysis and {@code reason} a FAS reasoning text; the last two are never executed.
 */
public sealed interface Action permits ToolCalls, FinalAnswer, Plan, Reasoning {

    /** The {@code action.type} value of the canonical format. */
    String type();
}
