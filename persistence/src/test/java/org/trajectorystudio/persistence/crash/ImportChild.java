package org.trajectorystudio.persistence.crash;

import java.nio.file.Path;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.library.Library;

/** Child JVM: imports a file, printing "COMMITTED imported" after each committed batch. */
public final class ImportChild {
    public static void main(String[] args) {
        Library library = Library.open(Path.of(args[0]));
        library.importFile(Path.of(args[1]), ImportOptions.defaults(), progress -> {
            System.out.println("COMMITTED " + progress.imported());
            System.out.flush();
        }, new CancelToken());
        System.out.println("FINISHED");
        library.close();
    }
}
