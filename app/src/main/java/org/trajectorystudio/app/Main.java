package org.trajectorystudio.app;

import org.trajectorystudio.app.cli.StudioCommand;

/** The one launcher: no arguments opens the studio window, anything else is a command-line subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(StudioCommand.run(args));
    }
}
