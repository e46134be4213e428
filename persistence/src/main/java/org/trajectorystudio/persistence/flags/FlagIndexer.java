package org.trajectorystudio.persistence.flags;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.model.flags.QualityFlags;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleStore;

/**
 * Computes the quality flags of newly imported samples behind the import, in import order, on one background thread,
 * from the latest revision of each. Kept out of the import so that the import stays at file-reading speed (its
 * parsers would compute the same thing); the watermark ({@code flags.computed}) commits with each batch, so a crash
 * loses nothing and a library made before flags existed is filled from 0. A change of {@link #VERSION} (the rules
 * changed) recomputes every sample. Revisions replace their sample's flags themselves ({@link FlagStore#replace}).
 */
public final class FlagIndexer implements AutoCloseable {
    static final String WATERMARK = "flags.computed";
    static final String VERSION_SETTING = "flags.version";
    /** Bump when {@link QualityFlags} changes what it raises, so that stored flags are recomputed. */
    static final String VERSION = "1";
    private static final int BATCH = 500;

    private final Database database;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("flag-indexer").factory());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger importsRunning = new AtomicInteger();
    /** One batch at a time, whether the background thread or a caller of {@link #awaitCaughtUp} runs it. */
    private final ReentrantLock batchLock = new ReentrantLock();
    private volatile boolean closed;

    public FlagIndexer(Database database) {
        this.database = database;
        resetIfRulesChanged();
    }

    public void importStarted() {
        importsRunning.incrementAndGet();
    }

    public void importFinished() {
        importsRunning.decrementAndGet();
        request();
    }

    /** Computes waiting flags in the background if that is not running already. */
    public void request() {
        if (closed || !scheduled.compareAndSet(false, true)) {
            return;
        }
        thread.submit(() -> {
            scheduled.set(false);
            try {
                while (!closed && importsRunning.get() == 0 && batch() > 0) {
                    // until caught up
                }
            } catch (Abandoned e) {
                // Closing: the batch rolled back, the next open computes it again.
            } catch (LibraryException e) {
                // Closing or broken: the next open resumes from the watermark.
            }
        });
    }

    /** Computes every waiting sample's flags on the calling thread (a command that reports them needs them all). */
    public void awaitCaughtUp() {
        try {
            while (!closed && batch() > 0) {
                // until caught up
            }
        } catch (Abandoned e) {
            // Closed meanwhile: nothing more is asked of the library.
        }
    }

    /** How many samples have no computed flags yet. */
    public long backlog() {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM sample WHERE seq > ?")) {
                count.setLong(1, watermark(connection));
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    int batch() {
        return batch(() -> {});
    }

    /** One batch; {@code afterReading} runs between reading the samples and writing their flags (for tests). */
    int batch(Runnable afterReading) {
        batchLock.lock();
        try {
            return database.inTransaction(connection -> batch(connection, afterReading));
        } finally {
            batchLock.unlock();
        }
    }

    private int batch(Connection connection, Runnable afterReading) throws SQLException {
        // The bodies are read and their flags computed before the watermark row is locked: a locked row keeps an
        // entry in this transaction's undo log, and while one is open H2 counts a table by scanning it (a window's
        // first total on a 1M-sample library took 0.8-2.3 s instead of 0 ms during every batch). The lock is taken
        // only to write, as before: a revision locks it before it replaces its sample's flags (FlagStore.replace), so
        // the two never write one sample's rows at once; a sample revised while this batch was reading is computed
        // again from its new body under the lock.
        long from = watermark(connection);
        List<Computed> computed = compute(connection, from);
        if (computed.isEmpty()) {
            return 0;
        }
        afterReading.run();
        if (lockWatermark(connection) != from) {
            return computed.size(); // another process's indexer wrote this range meanwhile: read again from its mark
        }
        long last = computed.getLast().seq();
        Map<Long, Integer> revisions = revisions(connection, from, last);
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM sample_flag WHERE sample_seq > ? AND sample_seq <= ?");
             PreparedStatement insert = FlagStore.insert(connection)) {
            int rows = 0;
            for (Computed sample : computed) {
                Integer revision = revisions.get(sample.seq());
                if (revision == null) {
                    continue; // deleted meanwhile
                }
                List<QualityFlag> flags = revision == sample.revision() ? sample.flags()
                        : QualityFlags.of(SampleStore.loadLatest(database, connection, sample.id()).orElseThrow());
                rows += FlagStore.add(insert, sample.seq(), flags);
            }
            clear.setLong(1, from);
            clear.setLong(2, last);
            clear.executeUpdate();
            if (rows > 0) {
                insert.executeBatch();
            }
        }
        setting(connection, WATERMARK, Long.toString(last));
        return computed.size();
    }

    /** One sample's flags as computed from the revision read. */
    private record Computed(long seq, String id, int revision, List<QualityFlag> flags) {}

    /** The flags of the next {@link #BATCH} samples after {@code from}, from their latest revisions, read without a lock. */
    private List<Computed> compute(Connection connection, long from) throws SQLException {
        List<Computed> computed = new ArrayList<>(BATCH);
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT s.seq, s.id, s.body_offset, s.body_length, r.body, s.revision FROM sample s LEFT JOIN sample_revision r"
                        + " ON r.sample_seq = s.seq AND r.revision = s.revision WHERE s.seq > ? ORDER BY s.seq LIMIT " + BATCH)) {
            next.setLong(1, from);
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    if (closed) {
                        // A command that imported and closes must not wait for a batch nobody will look at now.
                        throw new Abandoned();
                    }
                    byte[] revised = rs.getBytes(5);
                    byte[] body = revised != null ? revised : database.bodies().read(rs.getLong(3), rs.getInt(4));
                    Sample sample = BodyCodec.decode(rs.getString(2), body);
                    computed.add(new Computed(rs.getLong(1), rs.getString(2), rs.getInt(6), QualityFlags.of(sample)));
                }
            }
        }
        return computed;
    }

    /** The current revision of each sample in {@code (from, to]}, read under the watermark's lock. */
    private static Map<Long, Integer> revisions(Connection connection, long from, long to) throws SQLException {
        Map<Long, Integer> revisions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, revision FROM sample WHERE seq > ? AND seq <= ?")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    revisions.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return revisions;
    }

    private void resetIfRulesChanged() {
        database.inTransaction(connection -> {
            if (!VERSION.equals(read(connection, VERSION_SETTING))) {
                try (PreparedStatement clear = connection.prepareStatement("DELETE FROM sample_flag")) {
                    clear.executeUpdate();
                }
                setting(connection, WATERMARK, "0");
                setting(connection, VERSION_SETTING, VERSION);
            }
            return null;
        });
    }

    static long watermark(Connection connection) throws SQLException {
        return parse(read(connection, WATERMARK, ""));
    }

    /** The watermark, its row locked until the caller's transaction ends (see {@link #batch(Connection, Runnable)}). */
    static long lockWatermark(Connection connection) throws SQLException {
        return parse(read(connection, WATERMARK, " FOR UPDATE"));
    }

    private static long parse(String watermark) {
        return watermark == null ? 0L : Long.parseLong(watermark);
    }

    private static String read(Connection connection, String name) throws SQLException {
        return read(connection, name, "");
    }

    private static String read(Connection connection, String name, String lock) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?" + lock)) {
            read.setString(1, name);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setting(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement("MERGE INTO setting KEY(name) VALUES (?, ?)")) {
            mark.setString(1, name);
            mark.setString(2, value);
            mark.executeUpdate();
        }
    }

    /** A batch given up because the library closes; its transaction rolls back. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("flag batch abandoned: the library closes", null, false, false);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
