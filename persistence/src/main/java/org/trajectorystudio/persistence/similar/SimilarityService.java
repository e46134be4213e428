package org.trajectorystudio.persistence.similar;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.Database;

/**
 * "Find similar": samples' vectors from an embedding model, kept in a Lucene vector index beside the library, and the
 * nearest neighbours of a sample by cosine similarity. Nothing is embedded until a caller chooses a model
 * ({@link #use}); the index then follows imports and edits in the background ({@link #runInBackground}) or catches
 * up when a command asks ({@link #awaitCaughtUp}). Choosing another model rebuilds the index.
 */
public final class SimilarityService implements AutoCloseable {
    /** A sample near another, with its cosine similarity (1: the same direction). */
    public record Neighbour(String id, double score) {}

    private final Database database;
    private final AtomicInteger importsRunning = new AtomicInteger();
    private SimilarityIndexer indexer;
    private boolean background;
    private boolean closed;

    public SimilarityService(Database database) {
        this.database = database;
    }

    /**
     * Embeds with {@code embedder} from now on. The same model as before keeps the index; another one (or the first
     * in a library whose index holds another model's vectors) starts it again.
     */
    public synchronized void use(SampleEmbedder embedder) {
        if (closed) {
            throw new LibraryException("the library is closed");
        }
        if (indexer != null) {
            if (indexer.embedder().identity().equals(embedder.identity())) {
                return;
            }
            indexer.close();
            indexer = null;
        }
        long[] max = database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT (SELECT COALESCE(MAX(seq), 0) FROM sample), (SELECT COALESCE(MAX(event_id), 0) FROM sample_revision)");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        indexer = new SimilarityIndexer(database, VectorIndex.open(database.dir().toAbsolutePath(), embedder.identity(), max[0], max[1]),
                embedder, importsRunning);
        if (background) {
            indexer.request();
        }
    }

    /** The identity of the model in use, if one was chosen. */
    public synchronized Optional<String> model() {
        return indexer == null ? Optional.empty() : Optional.of(indexer.embedder().identity());
    }

    /** Keeps the vectors caught up in the background from now on (a window), after each import too. */
    public synchronized void runInBackground() {
        background = true;
        if (indexer != null) {
            indexer.request();
        }
    }

    /** Embeds on the calling thread everything not embedded yet; {@code progress} hears after each batch how far. */
    public void awaitCaughtUp(ProgressListener progress) {
        SimilarityIndexer indexer = current();
        long waiting = indexer.backlog();
        indexer.awaitCaughtUp(done -> progress.progress(
                new Progress(done, waiting, "samples", "embedded " + done + " of " + waiting + " samples")));
    }

    /** Samples waiting to be embedded with the model in use. */
    public long backlog() {
        return current().backlog();
    }

    /** How many samples have a vector. */
    public int embedded() {
        try {
            return current().index().count();
        } catch (IOException e) {
            throw new LibraryException("cannot read the similarity index: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code limit} samples closest to sample {@code id}, closest first, the sample itself left out.
     *
     * @throws LibraryException when the sample has no vector (not embedded yet, or no question or answer text)
     */
    public List<Neighbour> similar(String id, int limit) {
        SimilarityIndexer current = current();
        try {
            float[] vector = current.index().vector(id).orElseThrow(() -> new LibraryException("sample " + id
                    + " has no vector yet: it is not embedded (let the index catch up) or has no question or answer text"));
            return nearest(current, vector, limit + 1).stream().filter(n -> !n.id().equals(id)).limit(limit).toList();
        } catch (IOException e) {
            throw new LibraryException("cannot read the similarity index: " + e.getMessage(), e);
        }
    }

    /** The {@code limit} samples closest to a vector of the model in use, closest first. */
    public List<Neighbour> nearest(float[] vector, int limit) {
        try {
            return nearest(current(), vector, limit);
        } catch (IOException e) {
            throw new LibraryException("cannot read the similarity index: " + e.getMessage(), e);
        }
    }

    private static List<Neighbour> nearest(SimilarityIndexer indexer, float[] vector, int limit) throws IOException {
        if (limit < 1) {
            return List.of();
        }
        return indexer.index().nearest(vector, limit).stream().map(hit -> new Neighbour(hit.id(), hit.score())).toList();
    }

    /** The vector stored for a sample (unit length), if it has one. */
    public Optional<float[]> vector(String id) {
        try {
            return current().index().vector(id);
        } catch (IOException e) {
            throw new LibraryException("cannot read the similarity index: " + e.getMessage(), e);
        }
    }

    public void importStarted() {
        importsRunning.incrementAndGet();
    }

    public synchronized void importFinished() {
        importsRunning.decrementAndGet();
        if (background && indexer != null) {
            indexer.request();
        }
    }

    /** After a revision: re-embeds the revised sample in the background (a window). */
    public synchronized void changed() {
        if (background && indexer != null) {
            indexer.request();
        }
    }

    private synchronized SimilarityIndexer current() {
        if (indexer == null) {
            throw new LibraryException("no embedding model is chosen for find similar");
        }
        return indexer;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (indexer != null) {
            indexer.close();
            indexer = null;
        }
    }
}
