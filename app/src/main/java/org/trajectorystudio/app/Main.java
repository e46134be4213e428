package org.trajectorystudio.app;

import org.trajectorystudio.app.cli.StudioCommand;
import org.trajectorystudio.inference.tokenize.DjlOffline;

/** The one launcher: no arguments opens the studio window, anything else is a command-line subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        DjlOffline.apply(); // the studio promises no network but the configured model endpoint
        System.exit(args.length == 0 ? StudioCommand.runWindow() : StudioCommand.run(args));
    }
}
