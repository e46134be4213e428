package org.trajectorystudio.app.cli;

import java.util.function.Function;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --annotator} and the one write the curation commands make, confirmed in one line. */
public final class CurationOptions {
    @Option(names = "--annotator", paramLabel = "NAME", description = "Record the change under this name (default: the library's annotator).")
    String annotator;

    /** Applies {@code change} as the chosen annotator and prints {@code confirmation}. */
    int apply(CommandSpec spec, Function<Curation, CurationEvent> change, String confirmation) {
        CurationEvent event;
        try (Library library = OpenLibrary.open(spec)) {
            event = OpenLibrary.userErrors(() -> {
                Curation curation = annotator == null ? library.curation() : library.curation().as(annotator);
                return change.apply(curation);
            });
        }
        spec.commandLine().getOut().println(confirmation + " (by " + event.annotator() + ")");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
