package org.trajectorystudio.persistence.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.NoSuchElementException;
import java.util.Properties;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.format.RecordSource;
import org.trajectorystudio.model.format.source.ContainerReader;

/**
 * Parquet sources (what the Hugging Face Hub serves) read with DuckDB's JDBC driver, already shipped for the import
 * benchmark and the Parquet export, so no Hadoop stack comes along. DuckDB's Parquet scanner works row group by row
 * group; with {@code jdbc_stream_results} the rows reach Java a vector at a time, each as the JSON of its row
 * ({@code to_json}: nested lists and structs such as {@code messages} become JSON arrays and objects), and one thread
 * with insertion order kept gives the file's row order. The data sit in DuckDB's native memory, bounded by its
 * {@code memory_limit}, never on the Java heap. Rows are numbered 1, 2, ….
 */
public final class ParquetRecords implements ContainerReader {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "Parquet";
    }

    @Override
    public boolean accepts(byte[] head, int length) {
        if (length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public RecordSource open(Path file, ReadOptions options) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
            Statement statement = connection.createStatement();
            statement.execute("SET threads = 1");
            statement.execute("SET preserve_insertion_order = true");
            statement.execute("SET memory_limit = '512MB'");
            ResultSet rows = statement.executeQuery("SELECT to_json(r)::VARCHAR FROM read_parquet("
                    + literal(file.toAbsolutePath().toString()) + ") r");
            return new Rows(connection, rows, Files.size(file), options.maxRecordBytes());
        } catch (SQLException e) {
            throw new IOException(file.getFileName() + ": cannot read Parquet (" + firstLine(e.getMessage()) + ")", e);
        }
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

    /** The result rows as records; progress is estimated from the rows' JSON size against the file's. */
    private static final class Rows implements RecordSource {
        private final Connection connection;
        private final ResultSet rows;
        private final long fileSize;
        private final long maxRecordBytes;
        private long index;
        private long jsonBytes;
        private Boolean hasNext;

        Rows(Connection connection, ResultSet rows, long fileSize, long maxRecordBytes) {
            this.connection = connection;
            this.rows = rows;
            this.fileSize = fileSize;
            this.maxRecordBytes = maxRecordBytes;
        }

        @Override
        public long bytesRead() {
            // Parquet is compressed: the JSON is bigger than the file. Report no more than the file until the end.
            return hasNext != null && !hasNext ? fileSize : Math.min(fileSize - 1, jsonBytes / 4);
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rows.next();
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException("cannot read Parquet row " + (index + 1) + ": "
                            + firstLine(e.getMessage()), e));
                }
            }
            return hasNext;
        }

        @Override
        public RawLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            index++;
            try {
                String json = rows.getString(1);
                byte[] bytes = json == null ? "null".getBytes(StandardCharsets.UTF_8) : json.getBytes(StandardCharsets.UTF_8);
                jsonBytes += bytes.length;
                return bytes.length > maxRecordBytes ? RawLine.oversized(index, 0, bytes.length) : new RawLine(index, 0, bytes);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("cannot read Parquet row " + index + ": "
                        + firstLine(e.getMessage()), e));
            }
        }

        @Override
        public void close() {
            try (connection) {
                rows.close();
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(firstLine(e.getMessage()), e));
            }
        }
    }
}
