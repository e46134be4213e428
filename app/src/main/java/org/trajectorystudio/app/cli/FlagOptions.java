package org.trajectorystudio.app.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.persistence.flags.FlagFilter;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import picocli.CommandLine.Option;

/** {@code --flag NAME}: samples carrying a quality flag, as the library's flag settings raise them. */
public final class FlagOptions {
    static final String ANY = "any";

    @Option(names = "--flag", paramLabel = "NAME", description = "Carries this quality flag (repeatable: any; 'any' for"
            + " every kind switched on): repeated-call, empty-response, error-response, no-answer, answer-mismatch,"
            + " duplicate-options, chosen-not-executed, unchanged-answer, invalid-arguments, over-32k, over-128k.")
    List<String> flags = new ArrayList<>();

    boolean given() {
        return !flags.isEmpty();
    }

    /** Adds the flag filter, after computing any flags an import left waiting (they are computed behind it). */
    SampleQuery.Builder apply(SampleQuery.Builder builder, Library library) {
        if (flags.isEmpty()) {
            return builder;
        }
        Set<FlagKind> kinds = kinds();
        library.flags().awaitCaughtUp();
        FlagSettings settings = library.flags().settings();
        Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
        raised.addAll(kinds);
        raised.retainAll(settings.enabled());
        return builder.flagged(new FlagFilter(raised, settings.answerF1Threshold()));
    }

    private Set<FlagKind> kinds() {
        Set<FlagKind> kinds = EnumSet.noneOf(FlagKind.class);
        for (String name : flags) {
            if (name.strip().equals(ANY)) {
                kinds.addAll(EnumSet.allOf(FlagKind.class));
                continue;
            }
            kinds.add(FlagKind.fromWireName(name.strip()).orElseThrow(() -> new UserError(
                    "unknown flag '" + name + "'; one of: " + ANY + ", " + FlagKind.wireNames())));
        }
        return kinds;
    }
}
