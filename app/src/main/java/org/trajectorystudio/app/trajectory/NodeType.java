package org.trajectorystudio.app.trajectory;

/** What a node of the trajectory tree shows; decides its icon and style. */
public enum NodeType {
    SAMPLE, SYSTEM, TOOLS, TOOL_SPEC, QUESTION, KNOWLEDGE, KNOWLEDGE_ITEM, STEP, USER, THOUGHT, TOOL_CALL, TOOL_RESPONSE,
    PLAN, REASONING, ANSWER, CANDIDATE, REFERENCE_ANSWER, JUDGMENT, FLAG
}
