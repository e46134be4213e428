package org.trajectorystudio.app.export;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.trajectorystudio.model.edit.NotExecuted;
import org.trajectorystudio.model.export.ExportInput;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.dataset.DatasetInfo;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.PageCursor;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The samples a query selects, offered to an export one page at a time (the library may hold far more than fits in
 * memory): each as its latest revision, with its revision number and its dataset's hash. Rejected samples are left
 * out whatever the query says: no selection exports them.
 */
public final class LibraryExportInput implements Iterable<ExportInput> {
    private static final int PAGE = 500;

    private final Library library;
    private final SampleQuery query;
    private final Map<Long, String> datasetHashes = new HashMap<>();
    private final java.util.Set<String> cut = new java.util.HashSet<>();

    public LibraryExportInput(Library library, SampleQuery query) {
        this.library = library;
        this.query = query;
    }

    @Override
    public Iterator<ExportInput> iterator() {
        return new Iterator<>() {
            private final ArrayDeque<SampleSummary> rows = new ArrayDeque<>();
            private PageCursor cursor;
            private boolean last;
            private ExportInput ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && (!rows.isEmpty() || !last)) {
                    if (rows.isEmpty()) {
                        SamplePage page = library.samples().page(query, cursor, PAGE);
                        for (SampleSummary row : page.rows()) {
                            if (row.verdict() != Verdict.REJECTED) {
                                rows.add(row);
                            }
                        }
                        cursor = page.next().orElse(null);
                        last = cursor == null;
                    } else {
                        ahead = input(rows.poll());
                    }
                }
                return ahead != null;
            }

            @Override
            public ExportInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ExportInput input = ahead;
                ahead = null;
                return input;
            }
        };
    }

    /** The sample as it is offered, or null when nothing of it was executed. */
    private ExportInput input(SampleSummary row) {
        var sample = library.samples().load(row.id())
                .orElseThrow(() -> new IllegalStateException("sample " + row.id() + " vanished during the export"));
        // A trajectory whose action a curator replaced is cut before that step: no action next to a response it did
        // not get. One with nothing executed left is not offered at all.
        var executed = NotExecuted.executedPart(sample);
        boolean wasCut = executed.isEmpty() || executed.get() != sample;
        if (wasCut) {
            cut.add(row.id());
        }
        // One numbering everywhere: the manifest's revision is the one the window and the curation log show (r0 = as imported).
        return executed.map(part -> new ExportInput(part, row.revision(), datasetHash(row.datasetId()), wasCut)).orElse(null);
    }

    /** Samples cut before a step marked not executed (or left out, when that was the first step) so far. */
    public long cutBeforeNotExecuted() {
        return cut.size();
    }

    /** The source file's SHA-256, or a stand-in naming the dataset when the import never read the whole file. */
    private String datasetHash(long datasetId) {
        return datasetHashes.computeIfAbsent(datasetId, id -> {
            Optional<DatasetInfo> info = library.datasets().get(id);
            return info.map(DatasetInfo::sha256).orElse(null) != null ? info.get().sha256() : "dataset-" + id;
        });
    }
}
