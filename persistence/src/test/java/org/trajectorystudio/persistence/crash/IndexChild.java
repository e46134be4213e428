package org.trajectorystudio.persistence.crash;

import java.nio.file.Path;
import org.trajectorystudio.persistence.library.Library;

/**
 * Child JVM: opens a library whose search index is behind and prints "INDEXED n COMMITTED m" (samples added, last row
 * key committed) while its indexer catches up.
 */
public final class IndexChild {
    public static void main(String[] args) throws InterruptedException {
        Library library = Library.open(Path.of(args[0]));
        while (library.search().backlog() > 0) {
            System.out.println("INDEXED " + library.search().samplesIndexed() + " COMMITTED " + library.search().committedWatermark());
            System.out.flush();
            Thread.sleep(20);
        }
        System.out.println("CAUGHT UP");
        library.close();
    }
}
