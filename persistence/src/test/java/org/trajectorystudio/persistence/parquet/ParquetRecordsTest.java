package org.trajectorystudio.persistence.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.inspect.FileInspector;
import org.trajectorystudio.model.inspect.InspectionReport;
import org.trajectorystudio.persistence.export.JsonlToParquet;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;

/**
 * A Parquet file as the Hugging Face Hub serves one (a {@code messages} list of structs per row), written by DuckDB from
 * JSONL the test writes, read through the same path as any source: detection, the OpenAI reader, the library import.
 */
class ParquetRecordsTest {
    @TempDir
    Path dir;

    /** 3 rows; counted by hand: 3 samples, 4 steps, 1 search call, 3 answer steps, 3 final answers. */
    private Path parquet() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("{\"id\": \"r1\", \"messages\": [{\"role\": \"user\", \"content\": \"q1\", \"tool_calls\": null, \"tool_call_id\": null},"
                + " {\"role\": \"assistant\", \"content\": \"\", \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\","
                + " \"function\": {\"name\": \"search\", \"arguments\": \"{\\\"q\\\": 1}\"}}], \"tool_call_id\": null},"
                + " {\"role\": \"tool\", \"content\": \"r\", \"tool_calls\": null, \"tool_call_id\": \"c1\"},"
                + " {\"role\": \"assistant\", \"content\": \"A1\", \"tool_calls\": null, \"tool_call_id\": null}]}");
        for (int i = 2; i <= 3; i++) {
            rows.add("{\"id\": \"r" + i + "\", \"messages\": [{\"role\": \"user\", \"content\": \"q" + i + "\", \"tool_calls\": null,"
                    + " \"tool_call_id\": null}, {\"role\": \"assistant\", \"content\": \"A" + i + "\", \"tool_calls\": null,"
                    + " \"tool_call_id\": null}]}");
        }
        Path jsonl = Files.write(dir.resolve("rows.jsonl"), rows);
        Path parquet = dir.resolve("train-00000-of-00001.parquet");
        JsonlToParquet.convert(jsonl, parquet);
        return parquet;
    }

    @Test
    void aParquetFileIsInspectedRowByRow() throws Exception {
        Path file = parquet();
        InspectionReport report = FileInspector.inspect(file, null);
        assertThat(report.format()).isEqualTo("openai");
        assertThat(report.rejected()).isEmpty();
        assertThat(report.samples()).isEqualTo(3);
        assertThat(report.steps()).isEqualTo(4);
        assertThat(report.tools()).containsExactlyEntriesOf(java.util.Map.of("search", 1L));
        assertThat(report.answers()).isEqualTo(3);
        assertThat(report.finalAnswers()).isEqualTo(3);
        try (SampleReader reader = SampleReader.open(file, null)) {
            List<Long> rows = new ArrayList<>();
            reader.forEachRemaining(outcome -> rows.add(outcome.line()));
            assertThat(rows).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void aParquetFileImportsWithItsHashRecorded() throws Exception {
        Path file = parquet();
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportResult result = library.importFile(file);
            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.rejectedCount()).isZero();
            ImportResult again = library.importFile(file);
            assertThat(again.duplicates()).isEqualTo(3);
        }
    }
}
