package org.trajectorystudio.persistence.crash;

import java.nio.file.Path;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.library.Library;

/** Child JVM: writes curation events forever, printing "DONE eventId" after each write returned (committed). */
public final class CurationChild {
    public static void main(String[] args) {
        Library library = Library.open(Path.of(args[0]));
        String id = args[1];
        for (int i = 0; ; i++) {
            CurationEvent event = i % 2 == 0
                    ? library.curation().rate(RatingTarget.sample(id), 1 + i % 5)
                    : library.curation().addLabel(id, "label" + i);
            System.out.println("DONE " + event.id());
            System.out.flush();
        }
    }
}
