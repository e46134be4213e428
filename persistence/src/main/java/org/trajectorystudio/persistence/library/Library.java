package org.trajectorystudio.persistence.library;

import org.trajectorystudio.persistence.flags.FlagIndexer;
import org.trajectorystudio.persistence.flags.FlagService;

import java.nio.file.Path;
import org.trajectorystudio.persistence.agreement.AgreementService;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.CurationLog;
import org.trajectorystudio.persistence.dataset.Datasets;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.importing.Importer;
import org.trajectorystudio.persistence.query.SampleQueries;
import org.trajectorystudio.persistence.query.StatsService;
import org.trajectorystudio.persistence.search.LazySearchIndex;
import org.trajectorystudio.persistence.search.SearchIndexer;
import org.trajectorystudio.persistence.store.Database;

/**
 * A library folder: the H2 database of imported samples, their curation log and the datasets they came from. Open
 * one per folder and share it; every service is safe to call from background threads. Close it when done.
 */
public final class Library implements AutoCloseable {
    private final Database database;
    private final Settings settings;
    private final LazySearchIndex searchIndex;
    private final SearchIndexer indexer;
    private final Importer importer;
    private final SampleQueries queries;
    private final Curation curation;
    private final Datasets datasets;
    private final StatsService stats;
    private final CurationLog curationLog;
    private final AgreementService agreement;
    private final FlagIndexer flagIndexer;
    private final FlagService flags;
    private final org.trajectorystudio.persistence.judge.Suggestions suggestions;
    private final LibraryChanges changes;
    private final org.trajectorystudio.persistence.similar.SimilarityService similar;

    private Library(Database database, LazySearchIndex searchIndex) {
        this.database = database;
        this.settings = new Settings(database);
        this.searchIndex = searchIndex;
        this.indexer = new SearchIndexer(database, searchIndex);
        this.flagIndexer = new FlagIndexer(database);
        this.flags = new FlagService(database, settings, flagIndexer);
        this.similar = new org.trajectorystudio.persistence.similar.SimilarityService(database);
        this.suggestions = new org.trajectorystudio.persistence.judge.Suggestions(database);
        this.importer = new Importer(database,
                () -> { indexer.importStarted(); flagIndexer.importStarted(); similar.importStarted(); },
                () -> { indexer.importFinished(); flagIndexer.importFinished(); similar.importFinished(); });
        this.queries = new SampleQueries(database, searchIndex);
        this.curation = new Curation(database, settings::annotator);
        this.datasets = new Datasets(database);
        this.stats = new StatsService(database);
        this.curationLog = new CurationLog(database, curation);
        this.agreement = new AgreementService(database);
        this.changes = new LibraryChanges(database);
    }

    /** What changed since a marker, for a window that shares the library with other processes. */
    public LibraryChanges changes() {
        return changes;
    }

    /**
     * Opens (creating or migrating as needed) the library in {@code dir}. A library left by a killed process opens
     * normally: it holds every committed batch and curation event.
     *
     * @throws LibraryException when the folder cannot be used (not writable, open in another process, …)
     */
    public static Library open(Path dir) {
        return open(dir, true);
    }

    /**
     * Opens the library for one command: the search index is not kept up in the background (it opens only when the
     * command searches, and catches up then), so that a command starts and ends at once.
     */
    public static Library openForCommand(Path dir) {
        return open(dir, false);
    }

    private static Library open(Path dir, boolean background) {
        Database database = Database.open(dir);
        LazySearchIndex searchIndex = new LazySearchIndex(database.dir().toAbsolutePath(), () -> database.read(connection -> {
            try (var max = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM sample");
                 var rs = max.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        Library library = new Library(database, searchIndex);
        if (background) {
            library.indexer.runInBackground();
        }
        library.flagIndexer.request();
        return library;
    }

    public Path dir() {
        return database.dir();
    }

    /** Imports one file; see {@link Importer#importFile}. Blocks until done, so call it off the UI thread. */
    public ImportResult importFile(Path file, ImportOptions options, ProgressListener listener, CancelToken cancel) {
        return importer.importFile(file, options, listener, cancel);
    }

    public ImportResult importFile(Path file) {
        return importFile(file, ImportOptions.defaults(), ProgressListener.NONE, new CancelToken());
    }

    public SampleQueries samples() {
        return queries;
    }

    /** Curation as the current annotator ({@link Settings#annotator()}); use {@code curation().as(name)} for another. */
    public Curation curation() {
        return curation;
    }

    /** Export and import of curators' logs, to merge work done in other libraries. */
    public CurationLog curationLog() {
        return curationLog;
    }

    /** Agreement between annotators (alpha on ratings, kappa on verdicts) and the samples they disagree on. */
    public AgreementService agreement() {
        return agreement;
    }

    public Datasets datasets() {
        return datasets;
    }

    public StatsService stats() {
        return stats;
    }

    public Settings settings() {
        return settings;
    }

    /** The full-text index, built in the background behind imports. */
    public SearchIndexer search() {
        return indexer;
    }

    /** Quality flags: stored per sample, computed behind imports and with each revision; settings and counts. */
    public FlagService flags() {
        return flags;
    }

    /** Judges' suggestions in the curation log (annotator {@code judge:<model>}). */
    public org.trajectorystudio.persistence.judge.Suggestions suggestions() {
        return suggestions;
    }

    /** Find similar: sample vectors from an embedding model the caller chooses, and nearest neighbours. */
    public org.trajectorystudio.persistence.similar.SimilarityService similar() {
        return similar;
    }

    @Override
    public void close() {
        similar.close();
        flagIndexer.close();
        indexer.close();
        searchIndex.close();
        database.close();
    }
}
