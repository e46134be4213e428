package org.trajectorystudio.model.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenHands / SWE-agent XML: {@code <function=NAME>\n<parameter=K>V</parameter>\n</function>} (arguments
 * {@code {K: V}}, every value a string; a value of several lines is written on lines of its own), the thought before
 * it, separated by a blank line.
 */
public final class FunctionXml implements ActionSyntax {
    static final String OPEN = "<function=";
    private static final Pattern CALL = Pattern.compile("<function=([^>\\s]+)>(.*?)(?:</function>|\\z)", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile(
            "<parameter=([^>\\s]+)>(.*?)(?:</parameter>|(?=<parameter=)|\\z)", Pattern.DOTALL);

    @Override
    public String name() {
        return "openhands-xml";
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
            ObjectNode arguments = Json.object();
            Matcher parameter = PARAMETER.matcher(call.group(2));
            while (parameter.find()) {
                arguments.put(parameter.group(1), TextActions.trimNewlines(parameter.group(2)));
            }
            calls.add(null, call.group(1), arguments, null);
            last = call.end();
        }
        outside.append(text, last, text.length());
        return new TextActions(TextActions.thought(outside.toString()), null, null);
    }

    @Override
    public boolean canWrite(Action action) {
        return action instanceof ToolCalls calls && !calls.calls().isEmpty()
                && calls.calls().stream().allMatch(FunctionXml::writable);
    }

    private static boolean writable(ToolCall call) {
        if (call.hasInvalidArguments() || !(call.arguments() instanceof ObjectNode arguments) || !simple(call.name())) {
            return false;
        }
        for (var field : arguments.properties()) {
            String value = field.getValue().isString() ? field.getValue().stringValue() : null;
            if (!simple(field.getKey()) || value == null || value.contains("</parameter>") || value.contains("<parameter=")
                    || value.contains("</function>") || value.startsWith("\n") || value.endsWith("\n")) {
                return false;
            }
        }
        return true;
    }

    private static boolean simple(String name) {
        return !name.isEmpty() && name.chars().noneMatch(c -> c == '>' || Character.isWhitespace(c));
    }

    @Override
    public String write(String thought, Action action, JsonNode callFields, JsonNode finish) {
        if (!canWrite(action)) {
            throw new IllegalArgumentException(name() + " writes tool calls whose arguments are strings");
        }
        StringBuilder text = new StringBuilder(thought == null ? "" : thought + "\n\n");
        for (ToolCall call : ((ToolCalls) action).calls()) {
            text.append(call == ((ToolCalls) action).calls().getFirst() ? "" : "\n").append(OPEN).append(call.name()).append(">\n");
            for (var field : call.arguments().properties()) {
                String value = field.getValue().stringValue();
                String body = value.indexOf('\n') >= 0 ? "\n" + value + "\n" : value;
                text.append("<parameter=").append(field.getKey()).append('>').append(body).append("</parameter>\n");
            }
            text.append("</function>");
        }
        return text.toString();
    }
}
