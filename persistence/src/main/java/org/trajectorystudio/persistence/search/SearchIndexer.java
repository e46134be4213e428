package org.trajectorystudio.persistence.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;

/**
 * Builds the full-text postings behind the import, on one background thread, in import order. Keeping it out of the
 * import keeps the import at file-reading speed; the watermark ({@code search.indexed} setting) commits with each
 * batch of postings, so a crash loses no work and never indexes a sample twice. Samples above the watermark are not
 * found by text search yet ({@link #backlog()} says how many wait).
 */
public final class SearchIndexer implements AutoCloseable {
    static final String WATERMARK = "search.indexed";
    /** Samples per transaction: large batches write each term's postings together. */
    private static final int BATCH = 2000;

    private final Database database;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("search-indexer").factory());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;
    /** Imports running now: the indexer waits for them (both would share two cores; the import comes first). */
    private final java.util.concurrent.atomic.AtomicInteger importsRunning = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Future<?> last;
    private final java.util.concurrent.atomic.AtomicLong indexed = new java.util.concurrent.atomic.AtomicLong();

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

    /**
     * Indexes the next batch in one transaction; returns how many samples it indexed. The batch's postings are
     * inserted sorted by (term, sample), so that H2 appends to a few B-tree pages per term instead of touching a
     * random page per posting; no per-term counts are kept (a query counts a term's samples up to a bound instead).
     */
    int indexBatch() {
        return database.inTransaction(connection -> {
            long from = watermark(connection);
            long last = from;
            int count = 0;
            Postings postings = new Postings();
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT s.seq, s.id, s.body_offset, s.body_length, r.body FROM sample s LEFT JOIN sample_revision r"
                            + " ON r.sample_seq = s.seq AND r.revision = s.revision WHERE s.seq > ? ORDER BY s.seq LIMIT " + BATCH)) {
                next.setLong(1, from);
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        byte[] revised = rs.getBytes(5);
                        byte[] body = revised != null ? revised : database.bodies().read(rs.getLong(3), rs.getInt(4));
                        Sample sample = BodyCodec.decode(rs.getString(2), body);
                        for (long term : Terms.ofSample(sample)) {
                            postings.add(term, seq);
                        }
                        last = seq;
                        count++;
                    }
                }
            }
            if (count == 0) {
                return 0;
            }
            try (PreparedStatement posting = connection.prepareStatement("INSERT INTO search_term(term, sample_seq) VALUES (?, ?)")) {
                postings.sort();
                for (int i = 0; i < postings.size; i++) {
                    posting.setLong(1, postings.terms[i]);
                    posting.setLong(2, postings.seqs[i]);
                    posting.addBatch();
                }
                posting.executeBatch();
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "MERGE INTO setting KEY(name) VALUES (?, ?)")) {
                mark.setString(1, WATERMARK);
                mark.setString(2, Long.toString(last));
                mark.executeUpdate();
            }
            indexed.addAndGet(postings.size);
            return count;
        });
    }

    /** Postings indexed since the library was opened (for the indexing rate a benchmark reports). */
    public long postingsIndexed() {
        return indexed.get();
    }

    /** (term, sample) pairs of one batch in two growing arrays; samples arrive in increasing order. */
    private static final class Postings {
        long[] terms = new long[1 << 14];
        long[] seqs = new long[1 << 14];
        int size;

        void add(long term, long seq) {
            if (size == terms.length) {
                terms = java.util.Arrays.copyOf(terms, size * 2);
                seqs = java.util.Arrays.copyOf(seqs, size * 2);
            }
            terms[size] = term;
            seqs[size] = seq;
            size++;
        }

        /** Sorts by term, then sample: a stable sort by term keeps the samples' increasing order. */
        void sort() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(terms[a], terms[b]));
            long[] sortedTerms = new long[size];
            long[] sortedSeqs = new long[size];
            for (int i = 0; i < size; i++) {
                sortedTerms[i] = terms[order[i]];
                sortedSeqs[i] = seqs[order[i]];
            }
            terms = sortedTerms;
            seqs = sortedSeqs;
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
