package org.trajectorystudio.inference.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Map;
import org.trajectorystudio.model.export.template.PyJson;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tojson} as HuggingFace's template environment defines it ({@code json.dumps(x, ensure_ascii=False)} with an
 * optional {@code indent}), replacing Jinjava's compact one, so tool lists render exactly as with transformers.
 */
final class PyToJsonFilter implements Filter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String getName() {
        return "tojson";
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        return PyJson.write(toJson(value), args.length > 0 && args[0] != null ? Integer.parseInt(args[0].strip()) : -1);
    }

    /** {@code tojson(ensure_ascii=False, indent=None, separators=None, sort_keys=False)}, positionally or by keyword. */
    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        Object ensureAscii = argument(args, kwargs, 0, "ensure_ascii");
        Object indent = argument(args, kwargs, 1, "indent");
        Object separators = argument(args, kwargs, 2, "separators");
        Object sortKeys = argument(args, kwargs, 3, "sort_keys");
        if (args.length == 1 && args[0] instanceof Number) { // the older tojson(indent) form
            ensureAscii = null;
            indent = args[0];
        }
        String items = null;
        String keys = null;
        if (separators instanceof java.util.List<?> pair && pair.size() == 2) {
            items = String.valueOf(pair.get(0));
            keys = String.valueOf(pair.get(1));
        }
        PyJson.Style style = new PyJson.Style(
                indent instanceof Number number ? number.intValue() : indent == null ? -1 : Integer.parseInt(indent.toString().strip()),
                Boolean.TRUE.equals(ensureAscii), items, keys, Boolean.TRUE.equals(sortKeys));
        return PyJson.write(toJson(value), style);
    }

    private static Object argument(Object[] args, Map<String, Object> kwargs, int position, String name) {
        return kwargs.containsKey(name) ? kwargs.get(name) : args.length > position ? args[position] : null;
    }

    /** Template values (maps, lists, strings, numbers, booleans, null) as a JSON tree, keeping map order. */
    static JsonNode toJson(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode node -> node;
            case Map<?, ?> map -> {
                ObjectNode object = Json.object();
                map.forEach((key, item) -> object.set(String.valueOf(key), toJson(item)));
                yield object;
            }
            case Iterable<?> items -> {
                ArrayNode array = Json.MAPPER.createArrayNode();
                items.forEach(item -> array.add(toJson(item)));
                yield array;
            }
            case Object[] items -> {
                ArrayNode array = Json.MAPPER.createArrayNode();
                for (Object item : items) {
                    array.add(toJson(item));
                }
                yield array;
            }
            case Boolean bool -> NODES.booleanNode(bool);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Double number -> NODES.numberNode(number);
            case Float number -> NODES.numberNode(number);
            case java.math.BigInteger number -> NODES.numberNode(number);
            case java.math.BigDecimal number -> NODES.numberNode(number);
            default -> NODES.stringNode(value.toString());
        };
    }
}
