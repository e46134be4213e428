package org.trajectorystudio.inference.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * Messages and JSON as the values a template sees under transformers: what Python's {@code json.loads} makes of the
 * JSON (dicts in key order, lists, str, int, float, bool, None), and messages as OpenAI dicts with
 * {@code reasoning_content} and {@code tool_calls} ({@code {type, function: {name, arguments}}}, arguments parsed).
 */
final class JinjaValues {
    private JinjaValues() {}

    static Map<String, Object> message(ChatMessage message) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("role", message.role());
        map.put("content", message.content());
        if (message.reasoning() != null) {
            map.put("reasoning_content", message.reasoning());
        }
        if (!message.toolCalls().isEmpty()) {
            List<Object> calls = new ArrayList<>(message.toolCalls().size());
            for (ToolCall call : message.toolCalls()) {
                Map<String, Object> function = new LinkedHashMap<>();
                function.put("name", call.name());
                function.put("arguments", call.hasInvalidArguments() ? call.rawArguments() : of(call.arguments()));
                Map<String, Object> entry = new LinkedHashMap<>();
                if (call.id() != null) {
                    entry.put("id", call.id());
                }
                entry.put("type", "function");
                entry.put("function", function);
                calls.add(entry);
            }
            map.put("tool_calls", calls);
        }
        return map;
    }

    static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), of(entry.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(of(item)));
            return list;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.toString();
    }
}
