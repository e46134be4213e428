package org.trajectorystudio.persistence.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.SampleStore;
import org.trajectorystudio.persistence.store.Database;

/**
 * Builds the full-text postings behind the import, on one background thread, in import order. Keeping it out of the
 * import keeps the import at file-reading speed; the watermark ({@code search.indexed} setting) commits with each
 * batch of postings, so a crash loses no work and never indexes a sample twice. Samples above the watermark are not
 * found by text search yet ({@link #backlog()} says how many wait).
 */
public final class SearchIndexer implements AutoCloseable {
    static final String WATERMARK = "search.indexed";
    private static final int BATCH = 200;

    private final Database database;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("search-indexer").factory());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;
    /** Imports running now: the indexer waits for them (both would share two cores; the import comes first). */
    private final java.util.concurrent.atomic.AtomicInteger importsRunning = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Future<?> last;

    public SearchIndexer(Database database) {
        this.database = database;
    }

    /** An import starts: the indexer stops after its current batch and waits until {@link #importFinished}. */
    public void importStarted() {
        importsRunning.incrementAndGet();
    }

    /** An import ended (however): indexing resumes behind it. */
    public void importFinished() {
        importsRunning.decrementAndGet();
        request();
    }

    /** Starts indexing in the background if it is not running already. */
    public void request() {
        if (closed || !scheduled.compareAndSet(false, true)) {
            return;
        }
        last = thread.submit(() -> {
            scheduled.set(false);
            try {
                while (!closed && importsRunning.get() == 0 && indexBatch() > 0) {
                    // keep going until caught up
                }
            } catch (LibraryException e) {
                // The library is closing or broken; the next request (or next open) picks up from the watermark.
            }
        });
    }

    /** Indexes everything that waits, on the calling thread's behalf; returns when the index is caught up. */
    public void awaitCaughtUp() {
        while (!closed && backlog() > 0) {
            if (importsRunning.get() > 0) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                continue;
            }
            request();
            Future<?> running = last;
            try {
                if (running != null) {
                    running.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new LibraryException("search indexing failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** How many samples text search cannot find yet. */
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

    static long watermark(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            read.setString(1, WATERMARK);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
        }
    }

    /** Indexes the next batch in one transaction; returns how many samples it indexed. */
    int indexBatch() {
        return database.inTransaction(connection -> {
            long from = watermark(connection);
            long last = from;
            int count = 0;
            Map<Long, Integer> df = new HashMap<>();
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT seq, id FROM sample WHERE seq > ? ORDER BY seq LIMIT " + BATCH);
                 PreparedStatement posting = connection.prepareStatement(
                         "INSERT INTO search_term(term, sample_seq) VALUES (?, ?)")) {
                next.setLong(1, from);
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        Sample sample = SampleStore.loadLatest(database, connection, rs.getString(2)).orElseThrow();
                        for (long term : Terms.ofSample(sample)) {
                            posting.setLong(1, term);
                            posting.setLong(2, seq);
                            posting.addBatch();
                            df.merge(term, 1, Integer::sum);
                        }
                        last = seq;
                        count++;
                    }
                }
                if (count == 0) {
                    return 0;
                }
                posting.executeBatch();
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO search_df d USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) s(term, n) ON d.term = s.term"
                            + " WHEN MATCHED THEN UPDATE SET d.df = d.df + s.n WHEN NOT MATCHED THEN INSERT VALUES (s.term, s.n)")) {
                for (Map.Entry<Long, Integer> entry : df.entrySet()) {
                    merge.setLong(1, entry.getKey());
                    merge.setLong(2, entry.getValue());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "MERGE INTO setting KEY(name) VALUES (?, ?)")) {
                mark.setString(1, WATERMARK);
                mark.setString(2, Long.toString(last));
                mark.executeUpdate();
            }
            return count;
        });
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
