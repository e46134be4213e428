package org.trajectorystudio.app.cli;

import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.curation.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verdict", mixinStandardHelpOptions = true, description = "Accept or reject a sample, or mark it for editing.")
public final class VerdictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CurationOptions curation;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "VERDICT", description = "accepted, rejected or needs-edit.")
    String verdict;

    @Override
    public Integer call() {
        Verdict chosen = OpenLibrary.userErrors(() -> Verdict.fromWireName(verdict));
        return curation.apply(spec, c -> c.verdict(id, chosen), id + " " + chosen.wireName());
    }
}
