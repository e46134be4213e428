package org.trajectorystudio.model.edit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks tool-call arguments against a tool's parameter schema. Covers the part of JSON Schema that tool definitions
 * use: {@code type} (one or a list), {@code properties}, {@code required}, {@code enum}, {@code items} and
 * {@code additionalProperties} (boolean or schema). Other keywords are ignored, so an unusual schema never rejects
 * arguments it would accept. Written here because no validator managed by the build reads Jackson 3 trees.
 */
public final class ToolSchemaValidator {
    private ToolSchemaValidator() {}

    /** The problems found, each as one line naming the path ({@code query[0]: expected string, got number}). */
    public static List<String> validate(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "arguments", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && !matchesType(type, value)) {
            problems.add(path + ": expected " + describe(type) + ", got " + typeOf(value));
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
            problems.add(path + ": " + value + " is not one of " + allowed);
        }
        if (value.isObject()) {
            checkObject(schema, value, path, problems);
        } else if (value.isArray() && schema.get("items") != null) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
        JsonNode properties = schema.get("properties");
        JsonNode required = schema.get("required");
        if (required != null && required.isArray()) {
            for (JsonNode name : required) {
                if (name.isString() && !value.has(name.stringValue())) {
                    problems.add(path + ": missing required property '" + name.stringValue() + "'");
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        value.properties().forEach(entry -> {
            String childPath = path + "." + entry.getKey();
            JsonNode declared = properties != null && properties.isObject() ? properties.get(entry.getKey()) : null;
            if (declared != null) {
                check(declared, entry.getValue(), childPath, problems);
            } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                problems.add(path + ": unknown property '" + entry.getKey() + "'");
            } else if (additional != null && additional.isObject()) {
                check(additional, entry.getValue(), childPath, problems);
            }
        });
    }

    private static boolean matchesType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (matchesType(one, value)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isString()) {
            return true;
        }
        return switch (type.stringValue()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode option : allowed) {
            if (option.equals(value) || option.isNumber() && value.isNumber() && option.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode type) {
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(one -> names.add(one.asString()));
            return String.join(" or ", names);
        }
        return type.asString();
    }

    private static String typeOf(JsonNode value) {
        if (value.isObject()) return "object";
        if (value.isArray()) return "array";
        if (value.isString()) return "string";
        if (value.isIntegralNumber()) return "integer";
        if (value.isNumber()) return "number";
        if (value.isBoolean()) return "boolean";
        if (value.isNull()) return "null";
        return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
