package org.trajectorystudio.model.format.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Tool calls written in an assistant's text in the syntaxes other than {@code <tool_call>} tags, read into a
 * {@link ToolCallReader}:
 *
 * <ul>
 *   <li>OpenHands / SWE-agent XML: {@code <function=NAME><parameter=K>V</parameter>…</function>} (arguments
 *       {@code {K: V}});
 *   <li>MCP: {@code <use_mcp_tool><server_name>S</server_name><tool_name>T</tool_name><arguments>{…}</arguments>
 *       </use_mcp_tool>} (tool {@code T}; the server is kept in the call's fields as {@code server_name});
 *   <li>mini-swe-agent: a fenced {@code ```mswea_bash_command} block (tool {@code bash}, {@code {"command": …}});
 *   <li>ReAct: {@code Thought: … Action: NAME[ARG]} (arguments {@code {"input": ARG}}; {@code finish[ARG]} is the
 *       answer) or {@code Action: NAME} with {@code Action Input: {json}} (ToolLLaMA; {@code Finish} with a
 *       {@code final_answer} is the answer), and {@code Final Answer: …}.
 * </ul>
 *
 * The text before (and after) the calls is the thought. Stateless.
 *
 * @param thought the text outside the calls, null when blank
 * @param answer the answer the text gives ({@code finish[…]}, {@code Final Answer:}), or null
 * @param finish the arguments of a ToolLLaMA {@code Finish} call that gave the answer, or null
 */
public record TextActions(String thought, String answer, JsonNode finish) {
    static final String XML_FUNCTION = "<function=";
    static final String MCP = "<use_mcp_tool>";
    static final String MSWEA_FENCE = "```mswea_bash_command";

    private static final Pattern XML_CALL = Pattern.compile(
            "<function=([^>\\s]+)>(.*?)(?:</function>|\\z)", Pattern.DOTALL);
    private static final Pattern XML_PARAMETER = Pattern.compile(
            "<parameter=([^>\\s]+)>(.*?)(?:</parameter>|(?=<parameter=)|\\z)", Pattern.DOTALL);
    private static final Pattern MCP_CALL = Pattern.compile("<use_mcp_tool>(.*?)(?:</use_mcp_tool>|\\z)", Pattern.DOTALL);
    private static final Pattern MSWEA_BLOCK = Pattern.compile("```mswea_bash_command[ \\t]*\\n(.*?)(?:```|\\z)", Pattern.DOTALL);
    private static final Pattern REACT_ACTION = Pattern.compile("(?m)^[ \\t]*Action[ \\t]*:[ \\t]*");
    private static final Pattern REACT_INPUT = Pattern.compile("(?m)^[ \\t]*Action[ \\t]+Input[ \\t]*:[ \\t]*");
    private static final Pattern REACT_OBSERVATION = Pattern.compile("(?m)^[ \\t]*Observation[ \\t]*:");
    private static final Pattern BRACKETED = Pattern.compile("\\A([\\w.\\-]+)\\[(.*)]\\s*\\z", Pattern.DOTALL);
    private static final Pattern FINAL_ANSWER = Pattern.compile("(?m)^[ \\t]*Final[ \\t]+Answer[ \\t]*:[ \\t]*");
    private static final Pattern THOUGHT_LABEL = Pattern.compile("\\A\\s*(?:Thought|THOUGHT)[ \\t]*:[ \\t]*");

    /** Reads the calls of {@code text} into {@code calls}; null when the text uses none of these syntaxes. */
    static TextActions read(String text, ToolCallReader calls) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.contains(XML_FUNCTION)) {
            return xml(text, calls);
        }
        if (text.contains(MCP)) {
            return mcp(text, calls);
        }
        if (text.contains(MSWEA_FENCE)) {
            return fenced(text, calls);
        }
        Matcher action = REACT_ACTION.matcher(text);
        if (action.find()) {
            return react(text, action, calls);
        }
        Matcher answer = FINAL_ANSWER.matcher(text);
        if (answer.find()) {
            return new TextActions(thought(text.substring(0, answer.start())), text.substring(answer.end()).strip(), null);
        }
        return null;
    }

    private static TextActions xml(String text, ToolCallReader calls) {
        Matcher call = XML_CALL.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (call.find()) {
            outside.append(text, last, call.start());
            ObjectNode arguments = Json.object();
            Matcher parameter = XML_PARAMETER.matcher(call.group(2));
            while (parameter.find()) {
                arguments.put(parameter.group(1), trimNewlines(parameter.group(2)));
            }
            calls.add(null, call.group(1), arguments, null);
            last = call.end();
        }
        outside.append(text, last, text.length());
        return new TextActions(thought(outside.toString()), null, null);
    }

    private static TextActions mcp(String text, ToolCallReader calls) {
        Matcher call = MCP_CALL.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (call.find()) {
            outside.append(text, last, call.start());
            String body = call.group(1);
            String server = element(body, "server_name");
            String tool = element(body, "tool_name");
            String arguments = element(body, "arguments");
            ObjectNode extra = server == null ? null : Json.object().put("server_name", server);
            calls.add(null, tool, arguments == null ? null : StringNode.valueOf(arguments), extra);
            last = call.end();
        }
        outside.append(text, last, text.length());
        return new TextActions(thought(outside.toString()), null, null);
    }

    private static TextActions fenced(String text, ToolCallReader calls) {
        Matcher block = MSWEA_BLOCK.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (block.find()) {
            outside.append(text, last, block.start());
            calls.add(null, "bash", Json.object().put("command", trimNewlines(block.group(1))), null);
            last = block.end();
        }
        outside.append(text, last, text.length());
        return new TextActions(thought(outside.toString()), null, null);
    }

    private static TextActions react(String text, Matcher action, ToolCallReader calls) {
        String thought = thought(text.substring(0, action.start()));
        String rest = text.substring(action.end());
        Matcher observation = REACT_OBSERVATION.matcher(rest);
        String trailing = null;
        if (observation.find()) {
            trailing = rest.substring(observation.start()).strip();
            rest = rest.substring(0, observation.start());
        }
        Matcher input = REACT_INPUT.matcher(rest);
        String name;
        String argument;
        if (input.find()) {
            name = rest.substring(0, input.start()).strip();
            argument = rest.substring(input.end()).strip();
        } else {
            Matcher bracketed = BRACKETED.matcher(rest.strip());
            if (bracketed.matches()) {
                name = bracketed.group(1);
                String value = bracketed.group(2);
                if (name.equalsIgnoreCase("finish")) {
                    return new TextActions(join(thought, trailing), value, null);
                }
                calls.add(null, name, Json.object().put("input", value), null);
                return new TextActions(join(thought, trailing), null, null);
            }
            int newline = rest.strip().indexOf('\n');
            name = newline < 0 ? rest.strip() : rest.strip().substring(0, newline).strip();
            argument = newline < 0 ? "" : rest.strip().substring(newline + 1).strip();
        }
        JsonNode parsed = argument.isEmpty() ? Json.object() : Json.tryParse(argument);
        JsonNode arguments = parsed != null && parsed.isObject() ? parsed : Json.object().put("input", argument);
        if (name.equalsIgnoreCase("finish") && arguments.isObject()) {
            String answer = Json.text(arguments, "final_answer");
            if (answer != null) {
                return new TextActions(join(thought, trailing), answer, arguments);
            }
        }
        calls.add(null, name, arguments, null);
        return new TextActions(join(thought, trailing), null, null);
    }

    /** The text of {@code <name>…</name>} in a body, stripped, or null. */
    private static String element(String body, String name) {
        int open = body.indexOf("<" + name + ">");
        if (open < 0) {
            return null;
        }
        int from = open + name.length() + 2;
        int close = body.indexOf("</" + name + ">", from);
        return body.substring(from, close < 0 ? body.length() : close).strip();
    }

    /** A thought with a leading {@code Thought:} label removed; null when blank. */
    private static String thought(String text) {
        String stripped = THOUGHT_LABEL.matcher(text).replaceFirst("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String join(String a, String b) {
        return Texts.join(a, b);
    }

    /** A parameter value without the newline that opens and the one that closes it. */
    private static String trimNewlines(String value) {
        String trimmed = value.startsWith("\n") ? value.substring(1) : value;
        return trimmed.endsWith("\n") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** A tool result written as a user turn: its text without a leading {@code Observation:} label. */
    public static String observation(String text) {
        String stripped = text.stripLeading();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.startsWith("observation:")) {
            return stripped.substring("observation:".length()).strip();
        }
        return text;
    }
}
