package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command list of {@code --help} shows each command's first description line: it must be a whole sentence
 * ("preferences  Write … as {question, chosen, rejected} JSONL," and "agreement … rating and verdict:" stopped mid-way).
 */
class HelpSummariesTest {
    @Test
    void everyCommandsSummaryInTheHelpListIsAWholeSentence() {
        List<String> unfinished = new ArrayList<>();
        CommandLine root = new CommandLine(new StudioCommand());
        StudioCommand.SUBCOMMANDS.forEach(root::addSubcommand); // as --help gets them all
        collect(root, unfinished);
        assertThat(unfinished).isEmpty();
    }

    private static void collect(CommandLine command, List<String> unfinished) {
        for (CommandLine sub : command.getSubcommands().values()) {
            String[] header = sub.getCommandSpec().usageMessage().header();
            String[] description = sub.getCommandSpec().usageMessage().description();
            String summary = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
            if (!summary.strip().endsWith(".")) {
                unfinished.add(sub.getCommandSpec().qualifiedName() + ": " + summary);
            }
            collect(sub, unfinished);
        }
    }
}
