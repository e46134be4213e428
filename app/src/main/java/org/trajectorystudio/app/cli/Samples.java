package org.trajectorystudio.app.cli;

import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.Library;

/** Loads a sample by id, or fails with one line. */
final class Samples {
    private Samples() {}

    static Sample load(Library library, String id) {
        return OpenLibrary.userErrors(() -> library.samples().load(id))
                .orElseThrow(() -> new UserError("no sample with id " + id));
    }
}
