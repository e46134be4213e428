package org.trajectorystudio.model.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * MCP as MiroFlow writes it: {@code <use_mcp_tool>\n<server_name>S</server_name>\n<tool_name>T</tool_name>\n
 * <arguments>\n{json}\n</arguments>\n</use_mcp_tool>} (tool {@code T}; the server kept in the call's fields as
 * {@value #SERVER}), the thought before it, separated by a blank line.
 */
public final class McpXml implements ActionSyntax {
    public static final String SERVER = "server_name";
    static final String OPEN = "<use_mcp_tool>";
    private static final Pattern CALL = Pattern.compile("<use_mcp_tool>(.*?)(?:</use_mcp_tool>|\\z)", Pattern.DOTALL);

    @Override
    public String name() {
        return "mcp";
    }

    @Override
    public boolean finds(String text) {
        return text.contains(OPEN);
    }

    @Override
    public TextActions read(String text, ToolCallReader calls) {
        Matcher call = CALL.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (call.find()) {
            outside.append(text, last, call.start());
            String body = call.group(1);
            String server = element(body, SERVER);
            String tool = element(body, "tool_name");
            String arguments = element(body, "arguments");
            ObjectNode extra = server == null ? null : Json.object().put(SERVER, server);
            calls.add(null, tool, arguments == null ? null : StringNode.valueOf(arguments), extra);
            last = call.end();
        }
        outside.append(text, last, text.length());
        return new TextActions(TextActions.thought(outside.toString()), null, null);
    }

    @Override
    public boolean canWrite(Action action) {
        return action instanceof ToolCalls calls && !calls.calls().isEmpty()
                && calls.calls().stream().allMatch(call -> !call.hasInvalidArguments() && call.arguments().isObject());
    }

    @Override
    public String write(String thought, Action action, JsonNode callFields, JsonNode finish) {
        if (!canWrite(action)) {
            throw new IllegalArgumentException(name() + " writes tool calls with JSON object arguments");
        }
        StringBuilder text = new StringBuilder(thought == null ? "" : thought + "\n\n");
        var calls = ((ToolCalls) action).calls();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            JsonNode fields = callFields == null ? null : callFields.get(i);
            String server = fields == null ? null : Json.text(fields, SERVER);
            text.append(i == 0 ? "" : "\n").append(OPEN).append('\n');
            if (server != null) {
                text.append('<').append(SERVER).append('>').append(server).append("</").append(SERVER).append(">\n");
            }
            text.append("<tool_name>").append(call.name()).append("</tool_name>\n<arguments>\n")
                    .append(Json.write(call.arguments())).append("\n</arguments>\n</use_mcp_tool>");
        }
        return text.toString();
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
}
