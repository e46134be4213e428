package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command line builds only the subcommand it names; help and unknown names still see every one. */
class StudioCommandTest {
    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(StudioCommand.subcommandsFor("stats", "--json")).containsExactly(StatsCommand.class);
        assertThat(StudioCommand.subcommandsFor("--library", "stats", "query", "--text", "x")).containsExactly(QueryCommand.class);
        assertThat(StudioCommand.subcommandsFor("bench", "import")).containsExactly(BenchCommand.class);
    }

    @Test
    void theWindowBuildsNoSubcommand() {
        assertThat(StudioCommand.subcommandsFor()).isEmpty();
        assertThat(StudioCommand.subcommandsFor("--library", "/tmp/lib")).isEmpty();
        assertThat(StudioCommand.subcommandsFor("--library", "/tmp/lib", "-h")).isEqualTo(StudioCommand.SUBCOMMANDS);
        assertThat(InspectCommandTest.studio("--version").exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void helpAndUnknownWordsSeeEverySubcommand() {
        assertThat(StudioCommand.subcommandsFor("--help")).isEqualTo(StudioCommand.SUBCOMMANDS);
        assertThat(StudioCommand.subcommandsFor("no-such-command")).isEqualTo(StudioCommand.SUBCOMMANDS);
        InspectCommandTest.Run help = InspectCommandTest.studio("--help");
        assertThat(help.out()).contains("inspect", "import", "query", "stats", "export", "bench", "agreement")
                .doesNotContain("train-start-cache", "train-import-cache");
        InspectCommandTest.Run unknown = InspectCommandTest.studio("no-such-command");
        assertThat(unknown.exit()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
