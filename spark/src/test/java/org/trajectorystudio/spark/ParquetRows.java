package org.trajectorystudio.spark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The rows of Parquet files, in order, as values to compare: each row read by DuckDB as JSON, null fields left out
 * (a shard's schema lacks a field its rows never have, where the whole file's has it as null) and numbers by value.
 */
final class ParquetRows {
    private ParquetRows() {}

    static List<Object> of(List<Path> files) throws Exception {
        List<Object> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (Path file : files) {
                try (ResultSet result = statement.executeQuery("SELECT to_json(t)::VARCHAR FROM read_parquet('"
                        + file.toString().replace("'", "''") + "') t")) {
                    while (result.next()) {
                        rows.add(value(Json.MAPPER.readTree(result.getString(1))));
                    }
                }
            }
        }
        return rows;
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            for (var entry : node.properties()) {
                Object field = value(entry.getValue());
                if (field != null) {
                    fields.put(entry.getKey(), field);
                }
            }
            return fields;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        if (node.isNumber()) {
            return new BigDecimal(node.asString()).stripTrailingZeros();
        }
        return node.isString() ? node.stringValue() : node.asString();
    }
}
