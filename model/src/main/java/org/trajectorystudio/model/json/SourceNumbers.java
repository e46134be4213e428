package org.trajectorystudio.model.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trees whose numbers with a fraction or an exponent keep the text the source wrote them in: {@code 1e-7} is written
 * back as {@code 1e-7}, not as Java's {@code 1.0E-7}, so that a sample's numbers survive import, the canonical form and
 * export. Such a number is a {@link DecimalNode} over a {@link BigDecimal} that remembers its text; every other value,
 * and a number whose text is what Java writes for its double ({@code 0.5}, {@code 1.0E-7}), is what Jackson's own tree
 * reader makes: the same nodes, equal to those built in code, and the same bytes, so existing samples keep their ids.
 */
public final class SourceNumbers {
    private SourceNumbers() {}

    /** Registers the tree reader for {@link JsonNode}. */
    public static SimpleModule module() {
        return new SimpleModule("source-numbers").addDeserializer(JsonNode.class, new TreeReader());
    }

    /** A decimal that prints as the text it was read from. */
    static final class SourceDecimal extends BigDecimal {
        private final String text;

        SourceDecimal(String text) {
            super(text);
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    private static final class TreeReader extends ValueDeserializer<JsonNode> {
        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) {
            return read(p, p.currentToken(), ctxt.getNodeFactory());
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return NullNode.getInstance();
        }

        private static JsonNode read(JsonParser p, JsonToken token, JsonNodeFactory nodes) {
            switch (token) {
                case START_OBJECT, PROPERTY_NAME -> {
                    ObjectNode object = nodes.objectNode();
                    if (token == JsonToken.START_OBJECT) {
                        token = p.nextToken();
                    }
                    for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
                        String name = p.currentName();
                        object.set(name, read(p, p.nextToken(), nodes));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = nodes.arrayNode();
                    for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                        array.add(read(p, item, nodes));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return nodes.stringNode(p.getString());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> nodes.numberNode(p.getIntValue());
                        case LONG -> nodes.numberNode(p.getLongValue());
                        default -> nodes.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    String text = p.getString();
                    double value = p.getDoubleValue();
                    if (Double.toString(value).equals(text)) {
                        return nodes.numberNode(value); // Java writes it back the same: the plain double node, as before
                    }
                    try {
                        return new DecimalNode(new SourceDecimal(text));
                    } catch (NumberFormatException e) { // NaN or Infinity, where a lenient parser allows them
                        return nodes.numberNode(value);
                    }
                }
                case VALUE_TRUE -> {
                    return nodes.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return nodes.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return nodes.nullNode();
                }
                case VALUE_EMBEDDED_OBJECT -> {
                    return nodes.pojoNode(p.getEmbeddedObject());
                }
                default -> throw new IllegalStateException("unexpected " + token + " in a JSON tree");
            }
        }
    }
}
