package org.trajectorystudio.model.format.react;

/** The tag vocabulary of Tongyi DeepResearch / WebSailor / WebDancer ReAct turns. */
final class ReactTags {
    static final String THINK = "<think>";
    static final String THINK_END = "</think>";
    static final String TOOL_CALL = "<tool_call>";
    static final String TOOL_CALL_END = "</tool_call>";
    static final String ANSWER = "<answer>";
    static final String ANSWER_END = "</answer>";
    static final String TOOL_RESPONSE = "<tool_response>";
    static final String TOOL_RESPONSE_END = "</tool_response>";
    static final String TOOLS = "<tools>";
    static final String TOOLS_END = "</tools>";
    static final String CODE = "<code>";
    static final String CODE_END = "</code>";

    private ReactTags() {}
}
