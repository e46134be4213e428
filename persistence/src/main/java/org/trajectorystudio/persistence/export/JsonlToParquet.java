package org.trajectorystudio.persistence.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.trajectorystudio.model.io.Fsync;

/**
 * Converts an exported JSONL file to Parquet with DuckDB's JDBC driver (already shipped for the import benchmark), so
 * no Hadoop stack comes along. DuckDB runs in memory on one thread with insertion order kept: rows stay in the JSONL's
 * order and the same JSONL gives a byte-identical Parquet file. The schema is inferred from every line (not a sample),
 * so a field that appears late still gets a column. Written to a temporary file and moved into place.
 */
public final class JsonlToParquet {
    private JsonlToParquet() {}

    public static void convert(Path jsonl, Path parquet) throws IOException {
        Path target = parquet.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            statement.execute("SET preserve_insertion_order = true");
            statement.execute("COPY (SELECT * FROM read_json(" + literal(jsonl.toAbsolutePath().toString())
                    + ", format = 'newline_delimited', records = true, sample_size = -1)) TO "
                    + literal(temporary.toString()) + " (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            Files.deleteIfExists(temporary);
            throw new IOException(jsonl.getFileName() + ": cannot write Parquet (" + firstLine(e.getMessage()) + ")", e);
        }
        Fsync.file(temporary); // on the device before it takes the name the manifest and card promise
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Fsync.folder(target.getParent());
    }

    /**
     * {@code set.jsonl} → {@code set.parquet}: the same name with the Parquet extension; a JSONL already named
     * {@code set.parquet} gets {@code set.parquet.parquet}, so that the Parquet file never replaces the JSONL the
     * manifest lists.
     */
    public static Path parquetPath(Path jsonl) {
        String name = jsonl.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path parquet = jsonl.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".parquet");
        return parquet.getFileName().equals(jsonl.getFileName()) ? jsonl.resolveSibling(name + ".parquet") : parquet;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
