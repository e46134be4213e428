package org.trajectorystudio.persistence.crash;

import java.nio.file.Path;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * Child JVM: opens a library, makes a few writes as a curator's session does (a rating, a setting, another rating),
 * prints "DONE id" once they all returned, then waits to be killed: these are the last writes the library sees.
 */
public final class LastWritesChild {
    public static void main(String[] args) throws Exception {
        Library library = Library.open(Path.of(args[0]));
        String id = library.samples().page(SampleQuery.all(), 1).rows().getFirst().id();
        library.curation().as("kill-test").rate(RatingTarget.sample(id), 2);
        library.settings().set("kill-test", args[1]);
        library.curation().as("kill-test").rate(RatingTarget.sample(id), 5);
        System.out.println("DONE " + id);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
