package org.trajectorystudio.app.export;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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

            @Override
            public boolean hasNext() {
                while (rows.isEmpty() && !last) {
                    SamplePage page = library.samples().page(query, cursor, PAGE);
                    for (SampleSummary row : page.rows()) {
                        if (row.verdict() != Verdict.REJECTED) {
                            rows.add(row);
                        }
                    }
                    cursor = page.next().orElse(null);
                    last = cursor == null;
                }
                return !rows.isEmpty();
            }

            @Override
            public ExportInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SampleSummary row = rows.poll();
                var sample = library.samples().load(row.id())
                        .orElseThrow(() -> new IllegalStateException("sample " + row.id() + " vanished during the export"));
                // The library counts the imported original as revision 0; export manifests count it as 1.
                return new ExportInput(sample, row.revision() + 1, datasetHash(row.datasetId()));
            }
        };
    }

    /** The source file's SHA-256, or a stand-in naming the dataset when the import never read the whole file. */
    private String datasetHash(long datasetId) {
        return datasetHashes.computeIfAbsent(datasetId, id -> {
            Optional<DatasetInfo> info = library.datasets().get(id);
            return info.map(DatasetInfo::sha256).orElse(null) != null ? info.get().sha256() : "dataset-" + id;
        });
    }
}
