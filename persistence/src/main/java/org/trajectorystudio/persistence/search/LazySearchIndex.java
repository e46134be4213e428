package org.trajectorystudio.persistence.search;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Opens the library's {@link SearchIndex} on first use: most CLI commands ({@code stats}, {@code rate}, …) never
 * search, and opening Lucene's writer and reader was a good part of their start.
 */
public final class LazySearchIndex implements AutoCloseable {
    private final Path libraryDir;
    private final LongSupplier maxSeq;
    private SearchIndex index;
    private boolean closed;

    /** @param maxSeq the library's largest row key, asked when the index opens */
    public LazySearchIndex(Path libraryDir, LongSupplier maxSeq) {
        this.libraryDir = libraryDir;
        this.maxSeq = maxSeq;
    }

    public synchronized SearchIndex get() {
        if (closed) {
            throw new org.trajectorystudio.persistence.library.LibraryException("the library is closed");
        }
        if (index == null) {
            index = SearchIndex.open(libraryDir, maxSeq.getAsLong());
        }
        return index;
    }

    /** True once opened (closing need not open it). */
    synchronized boolean isOpen() {
        return index != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (index != null) {
            index.close();
        }
    }
}
