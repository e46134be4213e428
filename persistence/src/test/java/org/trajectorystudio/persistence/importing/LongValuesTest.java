package org.trajectorystudio.persistence.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.store.LibraryConnections;
import org.trajectorystudio.persistence.store.SampleRow;

/**
 * No value's length aborts an import or a curation call (issue 15, item 2): the exact cases the tester found (an id
 * of 201 characters, tool names adding up to over 4,000 characters, a 21st label of 190 characters), each after the
 * first 32 lines, where the old schema's VARCHAR(200)/VARCHAR(4000) columns stopped the whole import.
 */
class LongValuesTest {
    @TempDir
    Path dir;

    @Test
    void longIdsToolNamesAndLabelsAreStoredWhole() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertLongValuesFit(library);
        }
    }

    /** A library made by the schema before V60 (V1–V30) opens, keeps its rows and then takes the long values too. */
    @Test
    void aLibraryOfTheOldSchemaIsMigratedAndKeepsItsSamples() throws Exception {
        Path lib = dir.resolve("old");
        Path first = TestFiles.write(dir.resolve("first.jsonl"), TestFiles.synthetic(5, 7));
        try (Library library = Library.open(lib)) {
            library.importFile(first);
            library.curation().addLabel(library.samples().page(SampleQuery.all(), null, 1).rows().getFirst().id(), "old-label");
        }
        // Take the library back to the old schema: undo V60's column changes and its history row.
        try (Connection connection = LibraryConnections.open(lib); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE sample ALTER COLUMN id SET DATA TYPE VARCHAR(200)");
            statement.execute("ALTER TABLE sample ALTER COLUMN tools_used SET DATA TYPE VARCHAR(4000)");
            statement.execute("ALTER TABLE sample ALTER COLUMN labels SET DATA TYPE VARCHAR(4000)");
            statement.execute("ALTER TABLE sample_tool ALTER COLUMN tool SET DATA TYPE VARCHAR(4000)");
            statement.execute("ALTER TABLE sample_label ALTER COLUMN label SET DATA TYPE VARCHAR(200)");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '60'");
            statement.execute("SHUTDOWN");
        }
        try (Connection connection = LibraryConnections.open(lib); Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'SAMPLE' AND COLUMN_NAME = 'ID'");
            rs.next();
            assertThat(rs.getLong(1)).as("the library is back at the old schema").isEqualTo(200);
            statement.execute("SHUTDOWN");
        }
        try (Library library = Library.open(lib)) {
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(5);
            assertThat(library.curation().labelsInUse()).containsExactly("old-label");
            assertLongValuesFit(library);
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(5 + 40);
        }
    }

    private void assertLongValuesFit(Library library) throws Exception {
        List<Sample> samples = new ArrayList<>(TestFiles.synthetic(36, 3));
        // The longest id kept whole (the old column held exactly this much; one more falls back to the content id).
        String keptId = "x".repeat(SampleRow.MAX_ID_LENGTH);
        samples.add(TestFiles.searchTrajectory("q-kept-id", "t", "search", "a", Judgment.CORRECT).withId(keptId));
        samples.add(manyTools(30, 150));                       // 30 × 150 = 4,500 characters of tool names
        samples.add(manyTools(1, 5000));                       // one tool name of 5,000 characters
        String tooLong = "y".repeat(SampleRow.MAX_ID_LENGTH + 1);
        Sample longId = TestFiles.searchTrajectory("q-long-id", "t", "search", "a", Judgment.CORRECT).withId(tooLong);
        samples.add(longId);
        Path file = TestFiles.write(dir.resolve("long-" + System.nanoTime() + ".jsonl"), samples);

        ImportResult result = library.importFile(file);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).isEqualTo(40);
        assertThat(library.samples().load(keptId)).isPresent();
        // The reader keeps the source id in metadata, so the content id is that of the sample with it there.
        java.util.Map<String, tools.jackson.databind.JsonNode> kept = new java.util.LinkedHashMap<>(longId.metadata());
        kept.put(org.trajectorystudio.model.format.LocatedFormat.SOURCE_ID, tools.jackson.databind.node.StringNode.valueOf(tooLong));
        String contentId = SampleIds.contentId(new Sample("", longId.kind(), longId.question(), longId.answer(), longId.system(),
                longId.tools(), longId.knowledge(), longId.steps(), longId.judgment(), kept));
        assertThat(library.samples().load(contentId)).as("an id too long falls back to the content id").isPresent();
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(40);
            assertThat(w.reason()).contains("content id");
        });
        assertThat(library.samples().count(SampleQuery.builder().tool("t".repeat(5000)).build())).isEqualTo(1);

        // 20 labels of 190 characters fill the old 4,000-character column; the 21st went over it.
        for (int i = 0; i < 21; i++) {
            library.curation().addLabel(keptId, String.format("%02d", i) + "l".repeat(188));
        }
        assertThat(library.curation().state(keptId).labels()).hasSize(21);
        assertThat(library.samples().count(SampleQuery.builder().label("20" + "l".repeat(188)).build())).isEqualTo(1);
    }

    private static Sample manyTools(int count, int nameLength) {
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = (count > 1 ? String.format("%03d", i) : "") + "t".repeat(nameLength - (count > 1 ? 3 : 0));
            calls.add(ToolCall.parsed(null, name, Json.object().put("q", i)));
        }
        return new Sample("", SampleKind.TRAJECTORY, "tools " + count + "x" + nameLength, null, null, List.of(), List.of(),
                List.of(Step.of("call them all", new ToolCalls(calls), "ok"), Step.of("done", new FinalAnswer("a"), null)),
                Judgment.CORRECT, Map.of());
    }
}
