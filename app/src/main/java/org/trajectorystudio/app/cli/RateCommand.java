package org.trajectorystudio.app.cli;

import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.curation.RatingTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rate", mixinStandardHelpOptions = true, description = "Rate a sample, one of its steps or a candidate 1-5.")
public final class RateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CurationOptions curation;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "SCORE", description = "1 to 5.")
    int score;

    @Option(names = "--step", paramLabel = "K", description = "Rate step K (from 1) instead of the sample.")
    Integer step;

    @Option(names = "--candidate", paramLabel = "M", description = "Rate candidate M (from 1) of step K.")
    Integer candidate;

    @Override
    public Integer call() {
        RatingTarget target = OpenLibrary.userErrors(() -> new RatingTarget(id, step, candidate));
        String what = step == null ? id : candidate == null ? id + " step " + step : id + " step " + step + " candidate " + candidate;
        return curation.apply(spec, c -> c.rate(target, score), "rated " + what + " " + score);
    }
}
