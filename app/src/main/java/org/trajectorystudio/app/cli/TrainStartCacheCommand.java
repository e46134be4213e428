package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.importing.BundledSamples;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import picocli.CommandLine.Command;

/**
 * The work a JDK AOT cache is trained on ({@code ./studio} runs it once under {@code -XX:AOTCacheOutput} after a
 * build, and the installer profile at package time): an import of generated react-chatml records and the bundled
 * samples into a scratch library, then the queries a window and the CLI make, then the window itself on JavaFX's headless
 * platform ({@link org.trajectorystudio.app.ui.WindowTraining}). The classes it loads and the profiles
 * it gathers are in the cache, so later starts skip loading, linking and much of the JIT's warm-up.
 */
@Command(name = "train-start-cache", hidden = true, description = "Run the AOT cache's training workload (used by the launcher).")
public final class TrainStartCacheCommand implements Callable<Integer> {
    private static final long IMPORT_BYTES = 12_000_000L;

    @Override
    public Integer call() throws IOException {
        try (TrainingScratch scratch = TrainingScratch.create("studio-aot-")) {
            Path file = scratch.records(IMPORT_BYTES, SyntheticTrajectories.Format.REACT_CHATML);
            try (Library library = Library.open(scratch.resolve("library"))) {
                library.importFile(file);
                for (Path bundled : BundledSamples.extractTo(scratch.resolve("bundled"))) {
                    library.importFile(bundled);
                }
                library.stats().stats();
                library.search().awaitCaughtUp();
                var page = library.samples().page(SampleQuery.all(), 200);
                library.samples().count(SampleQuery.builder().text("search answer").build());
                library.samples().page(SampleQuery.builder().text("search").build(), 200);
                page.rows().stream().limit(20).forEach(row -> library.samples().load(row.id()));
            }
            try {
                org.trajectorystudio.app.ui.WindowTraining.run(scratch.resolve("library"));
            } catch (Exception | LinkageError e) {
                // A JavaFX that cannot start here still leaves the commands' part of the cache.
                System.err.println("train-start-cache: window part skipped: " + e);
            }
            return ExitCode.OK;
        }
    }
}
