package org.trajectorystudio.model.format.source;

import java.util.NoSuchElementException;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.RecordSource;

/** A source whose first record was already read (to see what the container holds), put back in front. */
final class PeekedSource implements RecordSource {
    private final RecordSource rest;
    private RawLine first;

    PeekedSource(RawLine first, RecordSource rest) {
        this.first = first;
        this.rest = rest;
    }

    @Override
    public long bytesRead() {
        return rest.bytesRead();
    }

    @Override
    public boolean hasNext() {
        return first != null || rest.hasNext();
    }

    @Override
    public RawLine next() {
        if (first != null) {
            RawLine record = first;
            first = null;
            return record;
        }
        if (!rest.hasNext()) {
            throw new NoSuchElementException();
        }
        return rest.next();
    }

    @Override
    public void close() {
        rest.close();
    }
}
