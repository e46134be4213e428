package org.trajectorystudio.persistence.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import org.trajectorystudio.persistence.store.Database;

/** Flags are stored behind imports, follow revisions, filter queries, count, and fill in an older library. */
class LibraryFlagsTest {
    @TempDir
    Path dir;

    private static Sample withReference(Sample sample, String reference) {
        return new Sample(sample.id(), sample.kind(), sample.question(), reference, sample.system(), sample.tools(),
                sample.knowledge(), sample.steps(), sample.judgment(), sample.metadata());
    }

    private Path input() throws Exception {
        Sample clean = withReference(TestFiles.searchTrajectory("capital of peru", "search it", "search", "Lima", Judgment.CORRECT), "Lima");
        Sample wrong = withReference(TestFiles.searchTrajectory("capital of chile", "search it", "search", "Lima", Judgment.INCORRECT), "Santiago");
        Sample cut = clean.withSteps(List.of(clean.steps().getFirst())).withId("cut");
        return TestFiles.write(dir.resolve("in.jsonl"), List.of(clean.withId("clean"), wrong.withId("wrong"), cut));
    }

    /**
     * The flagged filter probes each sample's flags by sample: with the primary key (flag, sample) H2 scanned every
     * row of the flags named for each sample, and {@code stats} took 40 s on a 16k-sample library.
     */
    @Test
    void theFlaggedFilterLooksUpEachSamplesFlagsThroughTheSampleIndex() throws Exception {
        Path library = dir.resolve("lib");
        try (Library lib = Library.open(library)) {
            lib.importFile(input());
            lib.flags().awaitCaughtUp();
        }
        try (Database database = Database.open(library)) {
            String plan = database.read(connection -> {
                List<Object> params = new java.util.ArrayList<>();
                String clause = FlagFilter.anyRaised(FlagSettings.defaults()).sql(params);
                try (java.sql.PreparedStatement explain = connection.prepareStatement(
                        "EXPLAIN SELECT COUNT(*) FROM sample s WHERE TRUE" + clause)) {
                    for (int i = 0; i < params.size(); i++) {
                        explain.setObject(i + 1, params.get(i));
                    }
                    try (java.sql.ResultSet rs = explain.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            assertThat(plan).containsIgnoringCase("sample_flag_sample");
        }
    }

    @Test
    void flagsAreStoredFilteredCountedAndFollowRevisions() throws Exception {
        Path library = dir.resolve("lib");
        try (Library lib = Library.open(library)) {
            lib.importFile(input());
            lib.flags().awaitCaughtUp();
            assertThat(lib.flags().backlog()).isZero();

            assertThat(lib.flags().of("clean")).isEmpty();
            assertThat(lib.flags().of("wrong")).extracting(QualityFlag::kind).containsExactly(FlagKind.ANSWER_MISMATCH);
            assertThat(lib.flags().of("cut")).extracting(QualityFlag::reason)
                    .containsExactly("ends at step 1 with a search call [\"capital of peru\"], not an answer".replace(
                            "[\"capital of peru\"]", "{\"query\":[\"capital of peru\"]}"));

            FlagSettings settings = lib.flags().settings();
            assertThat(ids(lib, FlagFilter.anyRaised(settings))).containsExactlyInAnyOrder("wrong", "cut");
            // The count (one pass over the flag rows) agrees with the queue (a probe per sample).
            assertThat(lib.flags().flaggedSamples()).isEqualTo(2);
            assertThat(ids(lib, FlagFilter.of(FlagKind.NO_ANSWER, settings))).containsExactly("cut");
            assertThat(lib.samples().count(SampleQuery.builder().flagged(FlagFilter.anyRaised(settings)).build())).isEqualTo(2);
            assertThat(lib.flags().counts()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(FlagKind.ANSWER_MISMATCH, 1L, FlagKind.NO_ANSWER, 1L));
            SampleSummary row = lib.samples().summary("wrong").orElseThrow();
            assertThat(row.flags()).extracting(QualityFlag::kind).containsExactly(FlagKind.ANSWER_MISMATCH);

            // Switched off in the settings: not counted, not queued; the stored flag stays.
            lib.flags().save(settings.with(FlagKind.ANSWER_MISMATCH, false));
            assertThat(lib.flags().counts()).containsOnlyKeys(FlagKind.NO_ANSWER);
            assertThat(ids(lib, FlagFilter.anyRaised(lib.flags().settings()))).containsExactly("cut");
            assertThat(lib.flags().flaggedSamples()).isEqualTo(1);
            lib.flags().save(FlagSettings.defaults());

            // An edit that answers the question clears the flag in the revision's own transaction.
            Sample cut = lib.samples().load("cut").orElseThrow();
            List<Step> answered = new java.util.ArrayList<>(cut.steps());
            answered.add(Step.of("found it", new FinalAnswer("Lima"), null));
            lib.curation().revise("cut", cut.withSteps(answered));
            assertThat(lib.flags().of("cut")).isEmpty();
            assertThat(ids(lib, FlagFilter.anyRaised(lib.flags().settings()))).containsExactly("wrong");
        }
        // Stored: a reopened library has them without recomputing.
        try (Library lib = Library.open(library)) {
            assertThat(lib.flags().of("wrong")).hasSize(1);
            assertThat(lib.flags().of("cut")).isEmpty();
        }
    }

    @Test
    void aLibraryFromBeforeFlagsGetsThemInTheBackground() throws Exception {
        Path library = dir.resolve("old");
        try (Library lib = Library.open(library)) {
            lib.importFile(input());
            lib.importFile(TestFiles.write(dir.resolve("more.jsonl"), TestFiles.synthetic(600, 7)));
        }
        // Back to the schema before V80: no flag table, no flag settings.
        // The library's own credentials (a per-library secret since issue 15), through the one way to reach its file.
        try (Connection connection = org.trajectorystudio.persistence.store.LibraryConnections.open(library);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE sample_flag");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '80'");
            statement.execute("DELETE FROM setting WHERE name LIKE 'flags.%'");
            statement.execute("SHUTDOWN");
        }
        try (Library lib = Library.open(library)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (lib.flags().backlog() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lib.flags().backlog()).as("filled by the background indexer").isZero();
            assertThat(lib.flags().of("wrong")).extracting(QualityFlag::kind).containsExactly(FlagKind.ANSWER_MISMATCH);
            assertThat(lib.flags().of("cut")).extracting(QualityFlag::kind).containsExactly(FlagKind.NO_ANSWER);
        }
        assertThat(Files.exists(library)).isTrue();
    }

    /**
     * Closing gives up a batch in progress rather than finishing it (a command that imported 50k samples waited a second
     * at exit for the first 500): the batch rolls back whole, and the next open computes it.
     */
    @Test
    void aBatchInProgressWhenTheLibraryClosesRollsBackAndIsComputedOnTheNextOpen() throws Exception {
        Path library = importedWithoutFlags("closing");
        try (Database database = Database.open(library)) {
            FlagIndexer closing = new FlagIndexer(database);
            closing.close();
            assertThatThrownBy(closing::batch).hasMessageContaining("abandoned");
            closing.awaitCaughtUp(); // returns at once once closed
            assertThat(new FlagIndexer(database).backlog()).as("nothing of the batch committed").isEqualTo(3);
            long flagRows = database.read(connection -> {
                try (Statement count = connection.createStatement();
                     java.sql.ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM sample_flag")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(flagRows).isZero();
        }
        try (Library lib = Library.open(library)) {
            lib.flags().awaitCaughtUp();
            assertThat(lib.flags().backlog()).isZero();
            assertThat(lib.flags().of("wrong")).extracting(QualityFlag::kind).containsExactly(FlagKind.ANSWER_MISMATCH);
        }
    }

    /**
     * A batch reads and computes before it locks the watermark: a locked row keeps an entry in H2's undo log, and while
     * one was open every {@code COUNT(*)} scanned its table (a 1M-sample library's first total took 0.8-2.3 s during
     * each batch). Another connection can lock the watermark while the batch reads; the batch still writes the flags.
     */
    @Test
    void aFlagBatchHoldsNoLockWhileItReadsTheSamples() throws Exception {
        Path library = importedWithoutFlags("unlocked");
        try (Database database = Database.open(library); FlagIndexer indexer = new FlagIndexer(database)) {
            boolean[] lockable = new boolean[1];
            indexer.batch(() -> {
                try (Connection other = database.connection()) {
                    other.setAutoCommit(false);
                    try (Statement lock = other.createStatement()) {
                        lock.executeQuery("SELECT setting_value FROM setting WHERE name = 'flags.computed' FOR UPDATE NOWAIT").close();
                        lockable[0] = true;
                    } finally {
                        other.rollback();
                    }
                } catch (SQLException e) {
                    lockable[0] = false; // held by the batch
                }
            });
            assertThat(lockable[0]).as("the watermark row was free while the batch read").isTrue();
            assertThat(indexer.backlog()).isZero();
        }
    }

    /**
     * A revision while the indexer computes a batch: the batch had read the body before the revision, then wrote that
     * body's flags over the revision's (or the revision failed on the flag table's key, seen right after imports).
     */
    @Test
    void aRevisionDuringAFlagBatchKeepsTheFlagsOfTheRevisedBody() throws Exception {
        Path library = importedWithoutFlags("racing");
        try (Database database = Database.open(library); FlagIndexer indexer = new FlagIndexer(database)) {
            org.trajectorystudio.persistence.curation.Curation curation =
                    new org.trajectorystudio.persistence.curation.Curation(database, () -> "racer");
            Sample cut = database.read(connection ->
                    org.trajectorystudio.persistence.store.SampleStore.loadLatest(database, connection, "cut")).orElseThrow();
            List<Step> answered = new java.util.ArrayList<>(cut.steps());
            answered.add(Step.of("found it", new FinalAnswer("Lima"), null));
            Throwable[] failure = new Throwable[1];
            Thread revising = Thread.ofPlatform().unstarted(() -> {
                try {
                    curation.revise("cut", cut.withSteps(answered));
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
            indexer.batch(() -> {
                revising.start();
                try {
                    revising.join(1_000); // before the fix it committed here; now it waits for the batch
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            revising.join(20_000);
            assertThat(failure[0]).as("the revision").isNull();
            assertThat(indexer.backlog()).isZero();
            List<String> flagged = database.read(connection -> {
                List<String> rows = new java.util.ArrayList<>();
                try (Statement select = connection.createStatement(); java.sql.ResultSet rs = select.executeQuery(
                        "SELECT s.id || ':' || f.flag FROM sample_flag f JOIN sample s ON s.seq = f.sample_seq")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            });
            assertThat(flagged).as("the answered sample has no flag; the mismatching one keeps its")
                    .containsExactly("wrong:" + FlagKind.ANSWER_MISMATCH.wireName());
        }
    }

    /** A library of {@link #input()} whose flags were never computed (no rows, the watermark at 0). */
    private Path importedWithoutFlags(String name) throws Exception {
        Path library = dir.resolve(name);
        try (Library lib = Library.open(library)) {
            lib.importFile(input());
        }
        try (Connection connection = org.trajectorystudio.persistence.store.LibraryConnections.open(library);
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM sample_flag");
            statement.execute("UPDATE setting SET setting_value = '0' WHERE name = 'flags.computed'");
            statement.execute("SHUTDOWN");
        }
        return library;
    }

    private static List<String> ids(Library lib, FlagFilter filter) {
        return lib.samples().page(SampleQuery.builder().flagged(filter).build(), 100).rows().stream()
                .map(SampleSummary::id).toList();
    }
}
