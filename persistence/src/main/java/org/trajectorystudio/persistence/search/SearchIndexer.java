package org.trajectorystudio.persistence.search;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.AlreadyClosedException;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;

/**
 * Keeps the Lucene {@link SearchIndex} caught up with the library, on one background thread, in import order: it reads
 * the samples above the index's watermark, adds them, makes each batch visible at once and commits about every few
 * seconds. Keeping it out of the import keeps the import at file-reading speed; it pauses while an import runs and
 * stops within one sample when the library closes (what it added since its last commit is redone next time). Samples
 * above the watermark are not found by text search yet ({@link #backlog()} says how many wait).
 */
public final class SearchIndexer implements AutoCloseable {
    /** Samples read per query and made visible together. */
    private static final int BATCH = 2000;
    /** How often the indexer commits ({@code studio.search.commitMillis}: the kill test commits often). */
    private static final long COMMIT_INTERVAL_NANOS = Long.getLong("studio.search.commitMillis", 5_000L) * 1_000_000L;

    private final Database database;
    private final LazySearchIndex indexes;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("search-indexer").factory());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean background;
    /** Imports running now: the indexer waits for them (both would share two cores; the import comes first). */
    private final AtomicInteger importsRunning = new AtomicInteger();
    private volatile Future<?> last;
    private final AtomicLong indexed = new AtomicLong();
    private long lastCommit = System.nanoTime();
    private boolean uncommitted;
    private volatile long committed = -1;

    public SearchIndexer(Database database, LazySearchIndex indexes) {
        this.database = database;
        this.indexes = indexes;
    }

    /** An import starts: the indexer stops after its current sample and waits until {@link #importFinished}. */
    public void importStarted() {
        importsRunning.incrementAndGet();
    }

    /** An import ended (however): indexing resumes behind it (when it runs in the background). */
    public void importFinished() {
        importsRunning.decrementAndGet();
        if (background) {
            request();
        }
    }

    /** Keeps the index caught up from now on: indexes what waits, and again after each import. */
    public void runInBackground() {
        background = true;
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
                if (!indexes.get().writable()) {
                    return; // another process keeps the index
                }
                while (!paused() && indexBatch() > 0) {
                    // keep going until caught up
                }
                if (!closed && uncommitted) {
                    commit();
                }
            } catch (LibraryException | IOException | AlreadyClosedException | java.io.UncheckedIOException e) {
                // The library is closing or broken; the next request (or next open) picks up from the watermark.
            }
        });
    }

    private boolean paused() {
        return closed || importsRunning.get() > 0;
    }

    /** Indexes everything that waits, on the calling thread's behalf; returns when the index is caught up. */
    public void awaitCaughtUp() {
        while (!closed && indexes.get().writable() && backlog() > 0) {
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
            } catch (ExecutionException e) {
                throw new LibraryException("search indexing failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** How many samples text search cannot find yet (added to the index but not yet refreshed counts too). */
    public long backlog() {
        long watermark = indexes.get().visibleWatermark();
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM sample WHERE seq > ?")) {
                count.setLong(1, watermark);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Adds the next batch (the latest revision of each sample) and makes it visible; returns how many samples it
     * added. Stops early, adding nothing more, when the library closes or an import starts.
     */
    int indexBatch() throws IOException {
        SearchIndex index = indexes.get();
        long from = index.watermark();
        int count = database.read(connection -> {
            int added = 0;
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT s.seq, s.id, s.body_offset, s.body_length, r.body FROM sample s LEFT JOIN sample_revision r"
                            + " ON r.sample_seq = s.seq AND r.revision = s.revision WHERE s.seq > ? ORDER BY s.seq LIMIT " + BATCH)) {
                next.setLong(1, from);
                try (ResultSet rs = next.executeQuery()) {
                    while (!paused() && rs.next()) {
                        long seq = rs.getLong(1);
                        byte[] revised = rs.getBytes(5);
                        byte[] body = revised != null ? revised : database.bodies().read(rs.getLong(3), rs.getInt(4));
                        Sample sample = BodyCodec.decode(rs.getString(2), body);
                        try {
                            index.add(seq, sample);
                        } catch (IOException e) {
                            throw new LibraryException("cannot write the search index: " + e.getMessage(), e);
                        }
                        added++;
                        indexed.incrementAndGet();
                    }
                }
            }
            return added;
        });
        if (count > 0) {
            uncommitted = true;
            index.refresh();
            if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) {
                commit();
            }
        }
        return count;
    }

    private void commit() throws IOException {
        SearchIndex index = indexes.get();
        index.commit();
        committed = index.watermark();
        uncommitted = false;
        lastCommit = System.nanoTime();
    }

    /** The last row key the indexer committed in this session (-1: none yet): what a crash now would keep. */
    public long committedWatermark() {
        return committed;
    }

    /** Samples indexed since the library was opened (for the indexing rate a benchmark reports). */
    public long samplesIndexed() {
        return indexed.get();
    }

    /** Stops the indexer within one sample; what it added since its last commit is redone on the next open. */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (thread.awaitTermination(30, TimeUnit.SECONDS) && uncommitted && indexes.isOpen()) {
                commit(); // what it added up to here is whole (samples come in order): keep it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | AlreadyClosedException e) {
            // the next open redoes it from the last commit
        }
    }
}
