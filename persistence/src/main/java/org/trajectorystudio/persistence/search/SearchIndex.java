package org.trajectorystudio.persistence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * The full-text index of a library: a Lucene index in the library folder ({@value #FOLDER}), one document per sample
 * with its words ({@link Terms}) and its row key. It is derived data: each commit records the last row key it holds
 * (the watermark) in its commit data, so after a crash the index reopens at its last commit and catches up from the
 * library; an index that cannot be opened is deleted and rebuilt. Documents are added in row-key order and merged
 * only with their neighbours, so document order is import order.
 */
public final class SearchIndex implements AutoCloseable {
    static final String FOLDER = "search-index";
    private static final String WORDS = "words";
    private static final String SEQ = "seq";
    private static final String WATERMARK = "watermark";
    private static final FieldType WORDS_TYPE = new FieldType();

    /**
     * Lucene warns on every start that the incubating Vector API is not enabled; full-text search does not use it.
     * Held strongly so that the level sticks.
     */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        // Only which documents hold a word: no positions, frequencies or norms (queries are all-words filters).
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.freeze();
    }

    private final Path dir;
    private final Directory directory;
    /** Null when another process holds the index for writing: this one then only reads what that one commits. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long watermark;
    /** The last row key a search can see: the watermark as of the latest refresh (adding comes before seeing). */
    private volatile long visible;
    private final Map<String, SeqSet> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SeqSet> eldest) {
            return size() > 8;
        }
    };

    private SearchIndex(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers, long watermark) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.watermark = watermark;
        this.visible = watermark;
    }

    /**
     * Opens the index in the library folder. {@code maxSeq} is the library's largest row key: an index that claims
     * more than the library holds belongs to another library's past and is rebuilt.
     */
    public static SearchIndex open(Path libraryDir, long maxSeq) {
        Path dir = libraryDir.resolve(FOLDER);
        try {
            return openOrRebuild(dir, maxSeq);
        } catch (IOException e) {
            throw new LibraryException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static SearchIndex openOrRebuild(Path dir, long maxSeq) throws IOException {
        try {
            SearchIndex index = openAt(dir);
            if (index.watermark <= maxSeq) {
                return index;
            }
            index.close();
        } catch (LockObtainFailedException e) {
            return readOnly(dir);
        } catch (IOException | RuntimeException e) {
            // damaged (a disk error, a copy cut short): derived data, so start again from the library
        }
        deleteTree(dir);
        return openAt(dir);
    }

    private static SearchIndex openAt(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(WordTokenizer.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(24)
                    .setCommitOnClose(false)
                    .setMergePolicy(new LogByteSizeMergePolicy()); // adjacent segments only: doc order stays seq order
            writer = new IndexWriter(directory, config);
            long watermark = committedWatermark(writer.getLiveCommitData());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            return new SearchIndex(dir, directory, writer, new SearcherManager(writer, null), watermark);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    private static SearchIndex readOnly(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        SearcherManager searchers = new SearcherManager(directory, null);
        DirectoryReader reader = DirectoryReader.open(directory);
        long watermark = committedWatermark(reader.getIndexCommit().getUserData().entrySet());
        reader.close();
        return new SearchIndex(dir, directory, null, searchers, watermark);
    }

    private static long committedWatermark(Iterable<Map.Entry<String, String>> data) {
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(WATERMARK)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    /** True when this process maintains the index (else another process does, and this one reads its commits). */
    public boolean writable() {
        return writer != null;
    }

    /** The largest row key the index holds (added, not necessarily committed). */
    public long watermark() {
        return watermark;
    }

    /** Adds one sample; row keys must come in increasing order. Visible after {@link #refresh}. */
    void add(long seq, Sample sample) throws IOException {
        Document document = new Document();
        document.add(new Field(WORDS, Terms.searchableText(sample), WORDS_TYPE));
        document.add(new NumericDocValuesField(SEQ, seq));
        writer.addDocument(document);
        watermark = seq;
    }

    /**
     * The last row key searches can find: a sample added but not yet refreshed is past it. "Caught up" means this
     * reached the library's last row; the watermark alone ran ahead of the searcher, and a search right after
     * {@code awaitCaughtUp} could miss the last batch.
     */
    public long visibleWatermark() {
        return visible;
    }

    /** Makes what was added visible to searches. */
    void refresh() throws IOException {
        long added = watermark;
        searchers.maybeRefreshBlocking();
        visible = added;
        synchronized (cache) {
            cache.clear();
        }
    }

    /** Makes what was added durable, with the watermark, atomically. */
    void commit() throws IOException {
        writer.setLiveCommitData(List.of(Map.entry(WATERMARK, Long.toString(watermark))));
        writer.commit();
    }

    /**
     * The row keys of the samples that hold every word of {@code text}, or null when the text has no words (then it
     * filters nothing). Recent answers are kept until the index changes: a window asks again as it pages and counts.
     */
    public SeqSet matches(String text) {
        List<String> words = Terms.ofQuery(text);
        if (words.isEmpty()) {
            return null;
        }
        String key = String.join(" ", words);
        try {
            if (writer == null) {
                if (searchers.maybeRefresh()) {
                    synchronized (cache) {
                        cache.clear();
                    }
                }
            }
            synchronized (cache) {
                SeqSet cached = cache.get(key);
                if (cached != null) {
                    return cached;
                }
            }
            SeqSet found = search(words);
            synchronized (cache) {
                cache.put(key, found);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SeqSet search(List<String> words) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(new TermQuery(new Term(WORDS, word)), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query query = searcher.rewrite(all.build());
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            SeqSet.Builder seqs = new SeqSet.Builder();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                NumericDocValues values = leaf.reader().getNumericDocValues(SEQ);
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (values.advanceExact(doc)) {
                        seqs.add(values.longValue());
                    }
                }
            }
            return seqs.build();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Drops what was added since the last commit (a batch cut short by close). */
    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback(); // uncommitted additions are redone from the watermark next time
            }
            directory.close();
        } catch (IOException e) {
            // closing derived data: the next open recovers from its last commit
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

    Path dir() {
        return dir;
    }
}
