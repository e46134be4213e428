package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;

/**
 * The work the import's own JDK AOT cache is trained on ({@code ./studio} runs it once per build under
 * {@code -XX:AOTCacheOutput}, with the JVM options an import runs with): one import of generated records in the real
 * WebDancer data's proportions and character mix ({@link SyntheticTrajectories.Format#REACT_CHATML_VARIED}). An
 * import's profiles differ from the window's, and from a small import of plain records: trained on those (the start
 * cache), a cold 1 GB import of real-shaped records ran no faster than with no cache at all.
 */
@Command(name = "train-import-cache", hidden = true, description = "Run the import AOT cache's training workload (used by the launcher).")
public final class TrainImportCacheCommand implements Callable<Integer> {
    /**
     * Enough records for the import's profiles to mature: against a cache trained on 150 MB, one trained on 400 MB ran
     * a cold 1 GB import 1–8 % faster in four alternating pairs, one on 800 MB no faster than that (and a 12 MB
     * training no better than no cache). About 15 s and 650 MB of scratch space, once per build.
     */
    private static final long IMPORT_BYTES = 400_000_000L;

    @Override
    public Integer call() throws IOException {
        try (TrainingScratch scratch = TrainingScratch.create("studio-aot-import-");
             Library library = Library.openForCommand(scratch.resolve("library"))) {
            library.importFile(scratch.records(IMPORT_BYTES, SyntheticTrajectories.Format.REACT_CHATML_VARIED));
            return ExitCode.OK;
        }
    }
}
