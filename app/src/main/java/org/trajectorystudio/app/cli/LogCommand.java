package org.trajectorystudio.app.cli;

import picocli.CommandLine.Command;

@Command(name = "log", mixinStandardHelpOptions = true, subcommands = {LogExportCommand.class, LogImportCommand.class},
        description = "Export a curator's log as JSONL, or import one made in another library (merges without duplicates).")
public final class LogCommand implements Runnable {
    @Override
    public void run() {
        throw new UserError("log needs export or import");
    }
}
