package org.trajectorystudio.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "label", mixinStandardHelpOptions = true, description = "Add a label to a sample, or remove it.")
public final class LabelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CurationOptions curation;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Option(names = "--remove", description = "Remove the label instead.")
    boolean remove;

    @Override
    public Integer call() {
        return remove
                ? curation.apply(spec, c -> c.removeLabel(id, name), id + " label '" + name + "' removed")
                : curation.apply(spec, c -> c.addLabel(id, name), id + " labelled '" + name + "'");
    }
}
