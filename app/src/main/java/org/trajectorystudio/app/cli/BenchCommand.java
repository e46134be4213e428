package org.trajectorystudio.app.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchImportCommand.class, BenchExportCommand.class, BenchViewCommand.class, BenchBrowseCommand.class,
        BenchJudgeCommand.class},
        description = "Measure import or export speed against a peer in the same run, or the view's speed on a long trajectory.")
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new UserError("bench needs import, export, view, browse or judge");
    }
}
