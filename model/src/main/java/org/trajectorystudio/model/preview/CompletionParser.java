package org.trajectorystudio.model.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a model's completion for one step back into a thought and an {@link Action}, in the conventions that
 * {@link org.trajectorystudio.model.render.Conversation} writes: {@code <think>…</think>}, then one or more
 * {@code <tool_call>{"name": …, "arguments": …}</tool_call>} blocks (several are parallel calls) or
 * {@code <answer>…</answer>}.
 *
 * <p>Model output is often imperfect, so this never fails: a completion cut off by the token limit leaves tags
 * unclosed, a chat template may have opened {@code <think>} in the prompt so only {@code </think>} appears, arguments
 * may be an object serialised into a JSON string (OpenAI style) or not JSON at all. Each repair is reported in
 * {@link ParsedCompletion#problems()}; arguments that are not JSON are kept verbatim as raw arguments, never dropped.
 */
public final class CompletionParser {
    private static final String THINK = "<think>";
    private static final String THINK_END = "</think>";
    private static final String CALL = "<tool_call>";
    private static final String CALL_END = "</tool_call>";
    private static final String ANSWER = "<answer>";
    private static final String ANSWER_END = "</answer>";
    private static final String CODE = "<code>";
    private static final String CODE_END = "</code>";

    /** {@code {"name": "…", "arguments": RAW}}, the form Conversation writes for arguments that are not JSON. */
    private static final Pattern NAME_AND_RAW_ARGUMENTS =
            Pattern.compile("\\A\\{\\s*\"name\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*,\\s*\"arguments\"\\s*:\\s*(.*)}\\z", Pattern.DOTALL);
    /** The same cut off by the token limit before its closing brace. */
    private static final Pattern NAME_AND_CUT_OFF_ARGUMENTS =
            Pattern.compile("\\A\\{\\s*\"name\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*,\\s*\"arguments\"\\s*:\\s*(.*)\\z", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")", Pattern.DOTALL);

    private CompletionParser() {}

    public static ParsedCompletion parse(String text) {
        List<String> problems = new ArrayList<>();
        String thought;
        String rest;
        int open = text.indexOf(THINK);
        int close = text.indexOf(THINK_END);
        if (open >= 0 && (close < 0 || open < close)) {
            int body = open + THINK.length();
            if (close >= 0) {
                thought = text.substring(body, close);
                rest = text.substring(close + THINK_END.length());
            } else {
                int action = firstActionTag(text, body);
                thought = text.substring(body, action);
                rest = text.substring(action);
                problems.add("the thought is not closed with </think>");
            }
        } else if (close >= 0) {
            // the chat template opened <think> in the prompt, so the completion starts inside the thought
            thought = text.substring(0, close);
            rest = text.substring(close + THINK_END.length());
        } else {
            // no thinking tags: what comes before the action is the thought
            int action = firstActionTag(text, 0);
            thought = action < text.length() ? text.substring(0, action) : null;
            rest = thought == null ? text : text.substring(action);
        }

        Action action = action(rest, problems);
        return new ParsedCompletion(blankToNull(thought), action, problems);
    }

    private static Action action(String rest, List<String> problems) {
        int call = rest.indexOf(CALL);
        int answer = rest.indexOf(ANSWER);
        if (call >= 0 && (answer < 0 || call < answer)) {
            ToolCalls calls = toolCalls(rest, call, problems);
            if (rest.indexOf(ANSWER, call) >= 0) {
                problems.add("an <answer> after the tool calls was ignored");
            }
            return calls;
        }
        if (answer >= 0) {
            int start = answer + ANSWER.length();
            int end = rest.indexOf(ANSWER_END, start);
            if (end < 0) {
                problems.add("the answer is not closed with </answer>");
                end = rest.length();
            }
            return new FinalAnswer(rest.substring(start, end).strip());
        }
        String plain = rest.strip();
        if (plain.isEmpty()) {
            problems.add("no action: neither <tool_call> nor <answer>");
            return null;
        }
        problems.add("no <tool_call> or <answer>: read as a plain answer");
        return new FinalAnswer(plain);
    }

    private static ToolCalls toolCalls(String text, int first, List<String> problems) {
        List<ToolCall> calls = new ArrayList<>();
        int open = first;
        while (open >= 0) {
            int start = open + CALL.length();
            int next = text.indexOf(CALL, start);
            int end = text.indexOf(CALL_END, start);
            if (end < 0 || (next >= 0 && next < end)) {
                end = next >= 0 ? next : text.length();
                problems.add("a tool call is not closed with </tool_call>");
            }
            calls.add(toolCall(text.substring(start, end).strip(), problems));
            open = next;
        }
        return new ToolCalls(calls);
    }

    /** One call body: JSON with name and arguments, optionally followed by a {@code <code>} block (PythonInterpreter). */
    private static ToolCall toolCall(String body, List<String> problems) {
        String json = body;
        String code = null;
        int codeAt = body.indexOf(CODE);
        if (codeAt >= 0) {
            json = body.substring(0, codeAt).strip();
            int codeEnd = body.indexOf(CODE_END, codeAt);
            code = body.substring(codeAt + CODE.length(), codeEnd < 0 ? body.length() : codeEnd).strip();
        }
        JsonNode node = Json.tryParse(json);
        String name = node != null && node.isObject() ? Json.text(node, "name") : null;
        if (name == null) {
            return unreadableCall(json, problems);
        }
        JsonNode arguments = node.get("arguments");
        if (arguments == null) {
            arguments = Json.object();
        } else if (arguments.isString()) {
            // OpenAI style: the arguments object serialised as a string; any other string stays a string
            JsonNode parsed = Json.tryParse(arguments.stringValue());
            if (parsed != null && parsed.isContainer()) {
                arguments = parsed;
            }
        }
        if (code != null) {
            if (arguments instanceof ObjectNode object && !object.has("code")) {
                arguments = object.deepCopy().put("code", code);
            } else {
                problems.add("a <code> block of '" + name + "' was ignored");
            }
        }
        return ToolCall.parsed(null, name, arguments);
    }

    private static ToolCall unreadableCall(String json, List<String> problems) {
        Matcher nameAndRaw = NAME_AND_RAW_ARGUMENTS.matcher(json);
        if (!nameAndRaw.matches()) {
            nameAndRaw = NAME_AND_CUT_OFF_ARGUMENTS.matcher(json);
        }
        if (nameAndRaw.matches()) {
            String name = stringLiteral(nameAndRaw.group(1));
            problems.add("the arguments of '" + name + "' are not valid JSON");
            return ToolCall.unparsed(null, name, nameAndRaw.group(2).strip());
        }
        Matcher nameOnly = NAME.matcher(json);
        if (nameOnly.find()) {
            String name = stringLiteral(nameOnly.group(1));
            problems.add("the tool call to '" + name + "' is not valid JSON");
            return ToolCall.unparsed(null, name, json);
        }
        problems.add("a tool call has no tool name");
        return ToolCall.unparsed(null, "", json);
    }

    /** A quoted JSON string's value; a literal with a bad escape is taken as it stands, quotes removed. */
    private static String stringLiteral(String quoted) {
        JsonNode value = Json.tryParse(quoted);
        return value != null ? value.stringValue() : quoted.substring(1, quoted.length() - 1);
    }

    /** Where the action starts: the first {@code <tool_call>} or {@code <answer>} at or after {@code from}, else the end. */
    private static int firstActionTag(String text, int from) {
        int call = text.indexOf(CALL, from);
        int answer = text.indexOf(ANSWER, from);
        if (call < 0) {
            return answer < 0 ? text.length() : answer;
        }
        return answer < 0 ? call : Math.min(call, answer);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
