package org.trajectorystudio.persistence.similar;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;

/**
 * Keeps a {@link VectorIndex} caught up with the library for one {@link SampleEmbedder}, as the flag indexer keeps
 * flags: new samples in import order above the index's sample watermark, then samples revised since its event
 * watermark (each at its latest revision), a batch per model call, each batch committed with both watermarks, so a
 * crash or a close loses at most one batch. It runs on one background thread (paused while an import runs) or on a
 * caller's thread ({@link #awaitCaughtUp}); a model failure stops the background work and is reported to the next
 * caller.
 */
final class SimilarityIndexer implements AutoCloseable {
    /** Texts per model call (and per commit). */
    static final int BATCH = 32;

    private final Database database;
    private final VectorIndex index;
    private final SampleEmbedder embedder;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("similarity-indexer").factory());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger importsRunning;
    private final ReentrantLock batchLock = new ReentrantLock();
    private volatile boolean closed;
    private volatile LibraryException failure;

    SimilarityIndexer(Database database, VectorIndex index, SampleEmbedder embedder, AtomicInteger importsRunning) {
        this.database = database;
        this.index = index;
        this.embedder = embedder;
        this.importsRunning = importsRunning;
    }

    /** Embeds what waits in the background, if that is not running already. */
    void request() {
        if (closed || failure != null || !scheduled.compareAndSet(false, true)) {
            return;
        }
        thread.submit(() -> {
            scheduled.set(false);
            try {
                while (!closed && importsRunning.get() == 0 && batch() > 0) {
                    // until caught up
                }
            } catch (LibraryException e) {
                if (!closed) {
                    failure = e; // the model failed (or the library broke): say so to the next caller, do not spin
                }
            }
        });
    }

    /** Embeds everything that waits on the calling thread; {@code progress} hears the samples embedded so far. */
    void awaitCaughtUp(LongConsumer progress) {
        LibraryException failed = failure;
        if (failed != null) {
            failure = null; // a caller may retry (a server that is back)
            throw failed;
        }
        long done = 0;
        for (int added; !closed && (added = batch()) > 0; ) {
            done += added;
            progress.accept(done);
        }
    }

    /** Samples not embedded yet (new ones; revised ones are few and not counted). */
    long backlog() {
        long from = index.samples();
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM sample WHERE seq > ?")) {
                count.setLong(1, from);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    VectorIndex index() {
        return index;
    }

    SampleEmbedder embedder() {
        return embedder;
    }

    /** One batch of new samples, else of revised ones; returns how many it embedded (0: caught up). */
    int batch() {
        batchLock.lock();
        try {
            Pending next = database.read(this::pending);
            if (next.texts.isEmpty() && next.samples == index.samples() && next.events == index.events()) {
                return 0;
            }
            List<String> ids = new ArrayList<>(next.texts.keySet());
            List<float[]> vectors = ids.isEmpty() ? List.of() : embedder.embed(ids.stream().map(id -> next.texts.get(id).text).toList());
            if (vectors.size() != ids.size()) {
                throw new LibraryException("the embedding model " + embedder.identity() + " answered " + vectors.size()
                        + " vectors for " + ids.size() + " texts");
            }
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), next.texts.get(ids.get(i)).revision, vectors.get(i));
            }
            for (String id : next.blank) {
                index.remove(id);
            }
            index.commit(next.samples, next.events);
            return Math.max(1, ids.size());
        } catch (IOException e) {
            throw new LibraryException("cannot write the similarity index: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // Lucene refuses vectors of another length in the same field: the server changed its model under one name
            throw new LibraryException("the embedding model " + embedder.identity() + " changed its vector length: " + e.getMessage(), e);
        } finally {
            batchLock.unlock();
        }
    }

    private record Text(String text, int revision) {}

    /** What the next batch embeds, and the watermarks it reaches. */
    private record Pending(Map<String, Text> texts, List<String> blank, long samples, long events) {}

    private Pending pending(Connection connection) throws SQLException {
        Map<String, Text> texts = new LinkedHashMap<>();
        List<String> blank = new ArrayList<>();
        long samples = index.samples();
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT s.seq, s.id, s.revision, s.body_offset, s.body_length, r.body FROM sample s LEFT JOIN sample_revision r"
                        + " ON r.sample_seq = s.seq AND r.revision = s.revision WHERE s.seq > ? ORDER BY s.seq LIMIT " + BATCH)) {
            next.setLong(1, samples);
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    samples = rs.getLong(1);
                    add(texts, blank, rs.getString(2), rs.getInt(3), latest(rs, 4));
                }
            }
        }
        if (!texts.isEmpty() || samples != index.samples()) {
            return new Pending(texts, blank, samples, index.events());
        }
        long events = index.events();
        try (PreparedStatement revised = connection.prepareStatement(
                "SELECT r.event_id, s.id, s.revision, s.body_offset, s.body_length, c.body FROM sample_revision r"
                        + " JOIN sample s ON s.seq = r.sample_seq"
                        + " LEFT JOIN sample_revision c ON c.sample_seq = s.seq AND c.revision = s.revision"
                        + " WHERE r.event_id > ? AND s.seq <= ? ORDER BY r.event_id LIMIT " + BATCH)) {
            revised.setLong(1, events);
            revised.setLong(2, samples);
            try (ResultSet rs = revised.executeQuery()) {
                while (rs.next()) {
                    events = rs.getLong(1);
                    String id = rs.getString(2);
                    int revision = rs.getInt(3);
                    if (!texts.containsKey(id) && !isCurrent(id, revision)) {
                        add(texts, blank, id, revision, latest(rs, 4));
                    }
                }
            }
        }
        return new Pending(texts, blank, samples, events);
    }

    private boolean isCurrent(String id, int revision) {
        try {
            OptionalInt stored = index.revision(id);
            return stored.isPresent() && stored.getAsInt() == revision;
        } catch (IOException e) {
            return false;
        }
    }

    /** The latest revision's body: {@code column} is the offset, then length, then the revised body (or null). */
    private byte[] latest(ResultSet rs, int column) throws SQLException {
        byte[] revised = rs.getBytes(column + 2);
        return revised != null ? revised : database.bodies().read(rs.getLong(column), rs.getInt(column + 1));
    }

    private static void add(Map<String, Text> texts, List<String> blank, String id, int revision, byte[] body) {
        String text = SimilarText.of(BodyCodec.decode(id, body));
        if (text.isBlank()) {
            blank.add(id);
        } else {
            texts.put(id, new Text(text, revision));
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
        index.close();
    }
}
