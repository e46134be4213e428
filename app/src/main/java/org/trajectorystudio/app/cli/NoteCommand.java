package org.trajectorystudio.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "note", mixinStandardHelpOptions = true, description = "Attach a note to a sample.")
public final class NoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CurationOptions curation;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "TEXT")
    String text;

    @Override
    public Integer call() {
        return curation.apply(spec, c -> c.note(id, text), "noted on " + id);
    }
}
