package org.trajectorystudio.model.text;

/** The tag vocabulary of the Hermes / Qwen / Tongyi DeepResearch syntax, in one place for readers and writers. */
public final class Tags {
    public static final String THINK = "<think>";
    public static final String THINK_END = "</think>";
    public static final String TOOL_CALL = "<tool_call>";
    public static final String TOOL_CALL_END = "</tool_call>";
    public static final String ANSWER = "<answer>";
    public static final String ANSWER_END = "</answer>";
    public static final String TOOL_RESPONSE = "<tool_response>";
    public static final String TOOL_RESPONSE_END = "</tool_response>";
    public static final String TOOLS = "<tools>";
    public static final String TOOLS_END = "</tools>";
    /** A PythonInterpreter call's code follows its JSON inside the {@code <tool_call>} block. */
    public static final String CODE = "<code>";
    public static final String CODE_END = "</code>";

    private Tags() {}
}
