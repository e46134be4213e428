package org.trajectorystudio.app.archfixture;

import org.trajectorystudio.persistence.library.Library;

/** Test fixture for {@code OneCurationWritePathTest}: a window part that writes the curation log past the actions. */
public final class WritesCurationDirectly {
    void rate(Library library) {
        library.curation().note("s1", "written past the curation actions");
    }
}
