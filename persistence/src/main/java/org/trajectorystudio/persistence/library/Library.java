package org.trajectorystudio.persistence.library;

import java.nio.file.Path;
import org.trajectorystudio.persistence.agreement.AgreementService;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.CurationLog;
import org.trajectorystudio.persistence.dataset.Datasets;
import org.trajectorystudio.persistence.importing.CancelToken;
import org.trajectorystudio.persistence.importing.ImportListener;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.importing.Importer;
import org.trajectorystudio.persistence.query.SampleQueries;
import org.trajectorystudio.persistence.query.StatsService;
import org.trajectorystudio.persistence.search.SearchIndexer;
import org.trajectorystudio.persistence.store.Database;

/**
 * A library folder: the H2 database of imported samples, their curation log and the datasets they came from. Open
 * one per folder and share it; every service is safe to call from background threads. Close it when done.
 */
public final class Library implements AutoCloseable {
    private final Database database;
    private final Settings settings;
    private final SearchIndexer indexer;
    private final Importer importer;
    private final SampleQueries queries;
    private final Curation curation;
    private final Datasets datasets;
    private final StatsService stats;
    private final CurationLog curationLog;
    private final AgreementService agreement;
    private final LibraryChanges changes;

    private Library(Database database) {
        this.database = database;
        this.settings = new Settings(database);
        this.indexer = new SearchIndexer(database);
        this.importer = new Importer(database, indexer::importStarted, indexer::importFinished);
        this.queries = new SampleQueries(database);
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
        Library library = new Library(Database.open(dir));
        library.indexer.request();
        return library;
    }

    public Path dir() {
        return database.dir();
    }

    /** Imports one file; see {@link Importer#importFile}. Blocks until done, so call it off the UI thread. */
    public ImportResult importFile(Path file, ImportOptions options, ImportListener listener, CancelToken cancel) {
        return importer.importFile(file, options, listener, cancel);
    }

    public ImportResult importFile(Path file) {
        return importFile(file, ImportOptions.defaults(), ImportListener.NONE, new CancelToken());
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

    @Override
    public void close() {
        indexer.close();
        database.close();
    }
}
