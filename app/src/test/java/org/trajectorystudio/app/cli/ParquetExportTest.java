package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import tools.jackson.databind.JsonNode;

/**
 * {@code export --parquet} on the real WebDancer file: the Parquet files hold the JSONL's rows in the same order (read
 * back with DuckDB), two exports give byte-identical Parquet, and the dataset card names the splits and the tokenizer.
 */
class ParquetExportTest {
    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void importAndAcceptEverything() {
        library = dir.resolve("library").toString();
        assertThat(studio("import", SharedData.file("webdancer_sample_traj.jsonl").toString()).exit()).isEqualTo(ExitCode.OK);
        try (Library opened = Library.open(Path.of(library))) {
            opened.samples().page(SampleQuery.all(), 1000).rows()
                    .forEach(row -> opened.curation().verdict(row.id(), Verdict.ACCEPTED));
        }
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library;
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "cpt-text"})
    void parquetRowsEqualTheJsonlRowsAndAreDeterministic(String format) throws Exception {
        Path first = Files.createDirectories(dir.resolve("first")).resolve("webdancer.jsonl");
        Path second = Files.createDirectories(dir.resolve("second")).resolve("webdancer.jsonl");
        InspectCommandTest.Run run = studio("export", "--out", first.toString(), "--format", format, "--stage", "1",
                "--validation", "0.25", "--seed", "3", "--parquet", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(studio("export", "--out", second.toString(), "--format", format, "--stage", "1", "--validation", "0.25",
                "--seed", "3", "--parquet").exit()).isEqualTo(ExitCode.OK);

        JsonNode json = run.json();
        Path trainParquet = first.resolveSibling("webdancer.parquet");
        Path validParquet = first.resolveSibling("webdancer.validation.parquet");
        assertThat(json.get("parquet").get(0).stringValue()).isEqualTo(trainParquet.toString());
        assertThat(json.get("parquet").get(1).stringValue()).isEqualTo(validParquet.toString());

        List<String> train = Files.readAllLines(first);
        List<String> validation = Files.readAllLines(first.resolveSibling("webdancer.validation.jsonl"));
        assertThat(train.size() + validation.size()).isEqualTo(json.get("exported").intValue());
        assertThat(validation).isNotEmpty();
        assertSameRows(trainParquet, train);
        assertSameRows(validParquet, validation);

        assertThat(Files.readAllBytes(trainParquet)).isEqualTo(Files.readAllBytes(second.resolveSibling("webdancer.parquet")));
        assertThat(Files.readAllBytes(first.resolveSibling("README.md"))).isEqualTo(Files.readAllBytes(second.resolveSibling("README.md")));

        String card = Files.readString(first.resolveSibling("README.md"));
        assertThat(card).startsWith("---\nlicense: ")
                .contains("task_categories:\n- text-generation")
                .contains("size_categories:\n- n<1K")
                .contains("  - split: train\n    path: \"webdancer.parquet\"")
                .contains("  - split: validation\n    path: \"webdancer.validation.parquet\"")
                .contains("**format**: " + format)
                .contains("**max tokens per record**: 32,768")
                .contains("approximate counts")
                .contains(String.format("**exported**: %d (train %d, validation %d)", train.size() + validation.size(), train.size(), validation.size()));
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(Path.of(json.get("manifest").stringValue())));
        String datasetHash = manifest.get("sources").get(0).get("datasetHash").stringValue();
        assertThat(card).contains("| `" + datasetHash + "` | 200 |");
    }

    /** Row i of the Parquet file, as JSON, equals line i of the JSONL (numbers by value; absent = null). */
    private static void assertSameRows(Path parquet, List<String> jsonl) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT to_json(t)::VARCHAR FROM read_parquet('"
                     + parquet.toString().replace("'", "''") + "') t")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        assertThat(rows).hasSameSizeAs(jsonl);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(canonical(Json.MAPPER.readTree(rows.get(i)))).as("row " + i).isEqualTo(canonical(Json.MAPPER.readTree(jsonl.get(i))));
        }
    }

    private static Object canonical(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            for (var entry : node.properties()) {
                Object value = canonical(entry.getValue());
                if (value != null) {
                    fields.put(entry.getKey(), value);
                }
            }
            return fields;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros();
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

}
