package org.trajectorystudio.model.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Tool-call arguments prepared for structural comparison: objects per key, strings as text, arrays as unordered
 * multisets (a {@code query} list is a set of searches, not a sequence), other scalars by exact value.
 */
sealed interface ArgumentProfile {
    /** Arrays up to this size are matched optimally element by element; larger ones by exact element equality. */
    int MAX_MATCHED_ITEMS = 16;

    record Text(String value, TextProfile text) implements ArgumentProfile {}

    /** A number, boolean or null, by its JSON text; numbers by value ({@code 1} = {@code 1.0} = {@code 1e0}). */
    record Scalar(String json) implements ArgumentProfile {}

    /** Keys sorted, so that a comparison sums in the same order whichever side is left. */
    record Fields(SortedMap<String, ArgumentProfile> fields) implements ArgumentProfile {}

    /** @param canonical sorted JSON texts of the items, only for arrays too large to match optimally, else empty */
    record Items(List<ArgumentProfile> items, List<String> canonical) implements ArgumentProfile {}

    static ArgumentProfile of(JsonNode node) {
        if (node.isString()) {
            return new Text(node.stringValue(), TextProfile.of(node.stringValue()));
        }
        if (node.isObject()) {
            SortedMap<String, ArgumentProfile> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.put(field.getKey(), of(field.getValue()));
            }
            return new Fields(fields);
        }
        if (node.isArray()) {
            List<ArgumentProfile> items = new ArrayList<>(node.size());
            for (JsonNode item : node.values()) {
                items.add(of(item));
            }
            List<String> canonical = items.size() > MAX_MATCHED_ITEMS
                    ? items.stream().map(ArgumentProfile::canonicalText).sorted().toList()
                    : List.of();
            return new Items(items, canonical);
        }
        return new Scalar(node.isNumber() ? numberText(node) : node.toString());
    }

    private static String numberText(JsonNode number) {
        try {
            return number.decimalValue().stripTrailingZeros().toPlainString();
        } catch (ArithmeticException | NumberFormatException notFinite) {
            return number.toString();
        }
    }

    /** Similarity in [0, 1]; 1.0 for equal values. A value against an array counts as a one-item array. */
    static double similarity(ArgumentProfile left, ArgumentProfile right) {
        return switch (left) {
            case Text a when right instanceof Text b -> a.text().similarity(b.text());
            case Scalar a when right instanceof Scalar b -> a.json().equals(b.json()) ? 1.0 : 0.0;
            case Fields a when right instanceof Fields b -> fields(a, b);
            case Items a when right instanceof Items b -> items(a, b);
            case Items a -> items(a, singleton(right));
            case Text a when right instanceof Scalar b -> sameScalarText(a, b);
            case Scalar a when right instanceof Text b -> sameScalarText(b, a);
            default -> right instanceof Items b ? items(singleton(left), b) : 0.0;
        };
    }

    /** Mean over the union of keys; a key on one side only counts 0. */
    private static double fields(Fields left, Fields right) {
        if (left.fields().isEmpty() && right.fields().isEmpty()) {
            return 1.0;
        }
        double total = 0.0;
        int shared = 0;
        for (Map.Entry<String, ArgumentProfile> field : left.fields().entrySet()) {
            ArgumentProfile other = right.fields().get(field.getKey());
            if (other != null) {
                shared++;
                total += similarity(field.getValue(), other);
            }
        }
        return total / (left.fields().size() + right.fields().size() - shared);
    }

    /** Optimal one-to-one matching of items over the larger count, so a missing or extra item costs its share. */
    private static double items(Items left, Items right) {
        int rows = left.items().size();
        int columns = right.items().size();
        if (rows == 0 || columns == 0) {
            return rows == columns ? 1.0 : 0.0;
        }
        if (Math.max(rows, columns) > MAX_MATCHED_ITEMS) {
            return multisetJaccard(canonical(left), canonical(right));
        }
        double[][] weights = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                weights[i][j] = similarity(left.items().get(i), right.items().get(j));
            }
        }
        return Assignment.maxTotal(weights, rows, columns) / Math.max(rows, columns);
    }

    private static List<String> canonical(Items items) {
        if (!items.canonical().isEmpty() || items.items().isEmpty()) {
            return items.canonical();
        }
        return items.items().stream().map(ArgumentProfile::canonicalText).sorted().toList();
    }

    /** An exact, key-order-independent text of a value, for the exact comparison of large arrays. */
    private static String canonicalText(ArgumentProfile profile) {
        return switch (profile) {
            case Text text -> Json.write(Json.MAPPER.getNodeFactory().stringNode(text.value()));
            case Scalar scalar -> scalar.json();
            case Fields fields -> {
                StringBuilder out = new StringBuilder("{");
                fields.fields().forEach((key, value) -> out
                        .append(Json.write(Json.MAPPER.getNodeFactory().stringNode(key)))
                        .append(':').append(canonicalText(value)).append(','));
                yield out.append('}').toString();
            }
            case Items items -> items.items().stream().map(ArgumentProfile::canonicalText).toList().toString();
        };
    }

    /** |A ∩ B| / |A ∪ B| of two sorted lists taken as multisets. */
    private static double multisetJaccard(List<String> left, List<String> right) {
        int common = 0;
        for (int i = 0, j = 0; i < left.size() && j < right.size(); ) {
            int order = left.get(i).compareTo(right.get(j));
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (left.size() + right.size() - common);
    }

    private static Items singleton(ArgumentProfile item) {
        return new Items(List.of(item), List.of());
    }

    /** {@code "3"} and {@code 3}, {@code "true"} and {@code true}: the same value written two ways. */
    private static double sameScalarText(Text text, Scalar scalar) {
        return text.value().strip().equalsIgnoreCase(scalar.json()) ? 1.0 : 0.0;
    }
}
