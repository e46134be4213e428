package org.trajectorystudio.app.library;

import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.persistence.flags.FlagFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.dataset.DatasetInfo;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.PageCursor;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import org.trajectorystudio.persistence.query.Sort;

/**
 * The sample list's state: source (dataset or queue), text filter, kind chip and sort, and the rows loaded so far.
 * Rows arrive a keyset page at a time as the table scrolls, so a 1M-sample library is never loaded whole. All
 * library calls run as background tasks; a generation counter drops answers to queries that were replaced.
 */
public final class BrowserModel {
    public static final int PAGE = 200;

    private final Library library;
    private final Tasks tasks;
    private final Notifier notifier;
    private final ObjectProperty<LibrarySource> source = new SimpleObjectProperty<>(new LibrarySource.All(0));
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<SampleKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.IMPORT_ORDER);
    private final ObservableList<SampleSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<LibrarySource> sources = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** Queues features added (e.g. disagreements), listed after the default ones; replaced by name. */
    private final List<ReviewQueue> addedQueues = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Where rows that left the current query were, so an undo puts them back in place. */
    private final java.util.Map<String, Integer> removedAt = new java.util.HashMap<>();
    /** The curator's flag settings, read in the background with the sources; the Flagged queue reads them per query. */
    private final ObjectProperty<FlagSettings> flagSettings = new SimpleObjectProperty<>(FlagSettings.defaults());
    private final javafx.beans.property.BooleanProperty flaggedOnly = new javafx.beans.property.SimpleBooleanProperty();
    private volatile FlagSettings flagSettingsNow = FlagSettings.defaults();
    /** Samples any switched-on flag raises; pending = not reviewed yet. One instance, so that a selection survives refreshes. */
    private final ReviewQueue flaggedQueue = new ReviewQueue(FLAGGED,
            b -> b.flagged(FlagFilter.anyRaised(flagSettingsNow)), b -> b.reviewed(false));
    public static final String FLAGGED = "Flagged";
    private Optional<PageCursor> next = Optional.empty();
    private long generation;
    /** Counts reads of the library pane's sources: an answer to an older read never replaces a newer one. */
    private long sourcesGeneration;

    public BrowserModel(Library library, Tasks tasks, Notifier notifier) {
        this.library = library;
        this.tasks = tasks;
        this.notifier = notifier;
        source.addListener((obs, old, now) -> reload());
        text.addListener((obs, old, now) -> reload());
        kind.addListener((obs, old, now) -> reload());
        sort.addListener((obs, old, now) -> reload());
        flaggedOnly.addListener((obs, old, now) -> reload());
        flagSettings.addListener((obs, old, now) -> {
            flagSettingsNow = now;
            reload();
        });
    }

    public SampleQuery query() {
        SampleQuery.Builder builder = source.get().narrow().apply(SampleQuery.builder());
        if (kind.get() != null) {
            builder.kind(kind.get());
        }
        if (!text.get().isBlank()) {
            builder.text(text.get().strip());
        }
        if (flaggedOnly.get()) {
            builder.flagged(FlagFilter.anyRaised(flagSettingsNow));
        }
        return builder.sort(sort.get()).build();
    }

    /** Starts over with the first page of the current query. */
    public void reload() {
        long mine = ++generation;
        removedAt.clear();
        SampleQuery query = query();
        loading.set(true);
        // The first page comes first; the exact total (a count over up to every sample) follows in its own task.
        tasks.run("Loading samples", progress -> library.samples().page(query, PAGE),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    rows.setAll(page.rows());
                    next = page.next();
                    loading.set(false);
                    if (page.next().isEmpty()) {
                        total.set(page.rows().size());
                    } else {
                        countTotal(mine, query);
                    }
                },
                failure -> failed(mine, failure));
    }

    private void countTotal(long mine, SampleQuery query) {
        tasks.run("Counting samples", progress -> library.samples().count(query),
                count -> {
                    if (mine == generation) {
                        total.set(count);
                    }
                },
                failure -> failed(mine, failure));
    }

    /** Loads the next page, if there is one and none is being loaded. */
    public void loadMore() {
        if (loading.get() || next.isEmpty()) {
            return;
        }
        long mine = generation;
        SampleQuery query = query();
        PageCursor cursor = next.get();
        loading.set(true);
        tasks.run("Loading samples", progress -> library.samples().page(query, cursor, PAGE),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    rows.addAll(page.rows());
                    next = page.next();
                    loading.set(false);
                },
                failure -> failed(mine, failure));
    }

    /** Re-reads one sample's row (after it was curated) where it is loaded; the query is not re-run. */
    public void refreshRow(String id) {
        refreshRow(id, () -> {});
    }

    private record Refreshed(Optional<SampleSummary> row, boolean matches) {}

    /**
     * Re-reads one sample's row after it was curated. A row that no longer matches the query (a judged sample in
     * "Unreviewed") leaves the list and the total, as a queue should; one that matches again (after an undo) comes
     * back where it was. The query is not re-run. {@code then} runs on the FX thread once the rows are updated.
     */
    public void refreshRow(String id, Runnable then) {
        long mine = generation;
        SampleQuery query = query();
        tasks.run("Refreshing sample", progress -> {
            Optional<SampleSummary> row = library.samples().summary(id);
            boolean matches = row.isPresent() && library.samples().count(query.toBuilder().ids(List.of(id)).build()) > 0;
            return new Refreshed(row, matches);
        }, refreshed -> {
            if (mine == generation) {
                apply(id, refreshed);
            }
            then.run();
        }, failure -> {
            notifier.unexpected("Refreshing a sample", failure);
            then.run();
        });
    }

    private void apply(String id, Refreshed refreshed) {
        int index = indexOf(id);
        if (index >= 0 && refreshed.matches()) {
            rows.set(index, refreshed.row().orElseThrow());
        } else if (index >= 0) {
            rows.remove(index);
            removedAt.put(id, index);
            total.set(Math.max(0, total.get() - 1));
        } else if (refreshed.matches() && removedAt.containsKey(id)) {
            rows.add(Math.min(removedAt.remove(id), rows.size()), refreshed.row().orElseThrow());
            total.set(total.get() + 1);
        }
    }

    /** The index of the sample's row among the rows loaded, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Lists {@code queue} in the library pane (replacing one of the same name) and shows its samples in the table. */
    public void showQueue(ReviewQueue queue) {
        addedQueues.removeIf(q -> q.name().equals(queue.name()));
        addedQueues.add(queue);
        source.set(new LibrarySource.Queue(queue, 0, 0));
        refreshSources();
    }

    /** Re-reads the sources (datasets with counts, queues with progress) for the library pane. */
    public void refreshSources() {
        long mine = ++sourcesGeneration;
        tasks.run("Reading library", progress -> {
                    FlagSettings current = library.flags().settings();
                    flagSettingsNow = current;
                    return java.util.Map.entry(current, readSources());
                }, read -> {
                    if (mine != sourcesGeneration) {
                        return;
                    }
                    if (!read.getKey().equals(flagSettings.get())) {
                        flagSettings.set(read.getKey());
                    }
                    sources.setAll(read.getValue());
                },
                failure -> notifier.unexpected("Reading the library", failure));
    }

    private List<LibrarySource> readSources() {
        List<LibrarySource> list = new ArrayList<>();
        list.add(new LibrarySource.All(library.samples().count(SampleQuery.all())));
        for (DatasetInfo dataset : library.datasets().list()) {
            list.add(new LibrarySource.Dataset(dataset.id(), dataset.fileName(), library.samples().count(SampleQuery.builder().dataset(dataset.id()).build())));
        }
        List<ReviewQueue> queues = new ArrayList<>(ReviewQueue.DEFAULTS);
        queues.add(flaggedQueue);
        queues.addAll(addedQueues);
        for (ReviewQueue queue : queues) {
            long pending = library.samples().count(queue.select().apply(SampleQuery.builder()).build());
            long total = queue.hasProgress() ? library.samples().count(queue.universe().apply(SampleQuery.builder()).build()) : pending;
            list.add(new LibrarySource.Queue(queue, pending, total));
        }
        return list;
    }

    private void failed(long mine, Throwable failure) {
        if (mine == generation) {
            loading.set(false);
            notifier.problem("Cannot load samples: " + failure.getMessage());
        }
    }

    public ObjectProperty<LibrarySource> sourceProperty() {
        return source;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<SampleKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** The flag chip: only samples a switched-on flag raises. */
    public javafx.beans.property.BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    /** The flag settings the table and queue apply; set it (after saving) to re-query with new settings. */
    public ObjectProperty<FlagSettings> flagSettingsProperty() {
        return flagSettings;
    }

    /** The "Flagged" review queue. */
    public ReviewQueue flaggedQueue() {
        return flaggedQueue;
    }

    public ObservableList<SampleSummary> rows() {
        return rows;
    }

    public ObservableList<LibrarySource> sources() {
        return sources;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Library library() {
        return library;
    }
}
