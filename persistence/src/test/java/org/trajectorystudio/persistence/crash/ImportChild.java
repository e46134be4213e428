package org.trajectorystudio.persistence.crash;

import java.nio.file.Path;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/** Child JVM: imports a file, printing "COMMITTED n" after each committed batch (n: the samples a query sees). */
public final class ImportChild {
    public static void main(String[] args) {
        Library library = Library.open(Path.of(args[0]));
        library.importFile(Path.of(args[1]), ImportOptions.defaults(), progress -> {
            System.out.println("COMMITTED " + library.samples().count(SampleQuery.all()));
            System.out.flush();
        }, new CancelToken());
        System.out.println("FINISHED");
        library.close();
    }
}
