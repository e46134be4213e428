package org.trajectorystudio.persistence.similar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * The sample vectors of a library for one embedding model: a Lucene index in the library folder ({@value #FOLDER}),
 * one document per sample with its id, the revision it was embedded from and its unit-length vector (dot product =
 * cosine). Derived data: each commit records the model, the last sample row key and the last revision event it
 * holds, so a crash resumes from there; an index of another model (or another library's past) is deleted and rebuilt.
 */
final class VectorIndex implements AutoCloseable {
    static final String FOLDER = "vector-index";
    private static final String ID = "id";
    private static final String REVISION = "revision";
    private static final String VECTOR = "vector";
    private static final String MODEL = "model";
    private static final String SAMPLES = "samples";
    private static final String EVENTS = "events";

    /** A stored sample and how close it is: cosine similarity, 1 for the same direction. */
    record Hit(String id, double score) {}

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private String model;
    private long samples;
    private long events;

    private VectorIndex(Directory directory, IndexWriter writer, String model, long samples, long events) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.model = model;
        this.samples = samples;
        this.events = events;
    }

    /**
     * Opens the index for {@code model}, rebuilding it when it holds another model's vectors or more samples than the
     * library ({@code maxSeq}). A new index starts after revision event {@code maxEvent}: the samples it embeds are
     * read at their latest revision anyway.
     */
    static VectorIndex open(Path libraryDir, String model, long maxSeq, long maxEvent) {
        Path dir = libraryDir.resolve(FOLDER);
        try {
            VectorIndex index = openAt(dir, model, maxEvent);
            if (index.model.equals(model) && index.samples <= maxSeq) {
                return index;
            }
            index.writer.deleteAll(); // another model's vectors (or a past library's): start again
            index.model = model;
            index.commit(0, maxEvent);
            return index;
        } catch (LockObtainFailedException e) {
            throw new LibraryException("the similarity index of " + libraryDir + " is kept by another studio process"
                    + " (a window or a command): find similar there, or close it first");
        } catch (IOException | RuntimeException e) {
            if (e instanceof LibraryException known) {
                throw known;
            }
            try {
                deleteTree(dir); // damaged: derived data, so start again from the library
                return openAt(dir, model, maxEvent);
            } catch (IOException again) {
                throw new LibraryException("cannot open the similarity index in " + dir + ": " + again.getMessage(), again);
            }
        }
    }

    private static VectorIndex openAt(Path dir, String model, long maxEvent) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
            Map<String, String> data = new java.util.HashMap<>();
            if (writer.getLiveCommitData() != null) {
                writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            }
            VectorIndex index = new VectorIndex(directory, writer, data.getOrDefault(MODEL, model),
                    Long.parseLong(data.getOrDefault(SAMPLES, "0")), Long.parseLong(data.getOrDefault(EVENTS, Long.toString(maxEvent))));
            if (!DirectoryReader.indexExists(directory)) {
                index.commit();
            }
            return index;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    String model() {
        return model;
    }

    /** The last sample row key embedded. */
    long samples() {
        return samples;
    }

    /** The last revision event whose sample was brought up to date. */
    long events() {
        return events;
    }

    /** Stores (or replaces) a sample's vector, made unit length; a zero vector cannot be compared and is not kept. */
    void put(String id, int revision, float[] vector) throws IOException {
        float[] unit = unit(vector);
        if (unit == null) {
            remove(id);
            return;
        }
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new StoredField(REVISION, revision));
        document.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        writer.updateDocument(new Term(ID, id), document);
    }

    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    /** Makes what was put durable and visible, with the watermarks, atomically. */
    void commit(long newSamples, long newEvents) throws IOException {
        samples = newSamples;
        events = newEvents;
        commit();
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(List.of(Map.entry(MODEL, model), Map.entry(SAMPLES, Long.toString(samples)),
                Map.entry(EVENTS, Long.toString(events))));
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The revision a sample's vector was made from, if it has one. */
    OptionalInt revision(String id) throws IOException {
        return withDocument(id, (searcher, leaf, doc) -> {
            Document stored = searcher.storedFields().document(doc);
            return stored.getField(REVISION).numericValue().intValue();
        }).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** A sample's stored (unit) vector. */
    Optional<float[]> vector(String id) throws IOException {
        return withDocument(id, (searcher, leaf, doc) -> {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            KnnVectorValues.DocIndexIterator docs = values.iterator();
            int local = doc - leaf.docBase;
            return docs.advance(local) == local ? values.vectorValue(docs.index()).clone() : null;
        });
    }

    /** The {@code k} stored samples closest to {@code vector}, closest first (ties in index order). */
    List<Hit> nearest(float[] vector, int k) throws IOException {
        float[] unit = unit(vector);
        if (unit == null) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, unit, k), k);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(ID);
                hits.add(new Hit(id, 2.0 * hit.score - 1.0)); // Lucene scores a dot product d as (1 + d) / 2
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many samples have a vector. */
    int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private interface AtDocument<T> {
        T read(IndexSearcher searcher, LeafReaderContext leaf, int doc) throws IOException;
    }

    private <T> Optional<T> withDocument(String id, AtDocument<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = found.scoreDocs[0].doc;
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
            return Optional.ofNullable(read.read(searcher, leaf, doc));
        } finally {
            searchers.release(searcher);
        }
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += (double) x * x;
        }
        if (norm == 0 || Double.isNaN(norm) || Double.isInfinite(norm)) {
            return null;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    /** Drops what was put since the last commit (it is redone from the watermarks). */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            // derived data: the next open recovers from its last commit
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
