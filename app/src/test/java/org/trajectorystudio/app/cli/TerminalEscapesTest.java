package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 9: an OSC title change in a tool name and a screen clear in a question reached the terminal raw
 * through {@code inspect} and {@code query}. Text output shows them as {@code \x1b…}; {@code --json} stays exact JSON
 * that parses back to the very same strings (and carries no raw control character either).
 */
class TerminalEscapesTest {
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR = "\u001b[2J\u001b[H";
    private static final String CSI = "\u009b31m";

    @TempDir
    Path dir;

    @Test
    void controlCharactersFromDataAreVisibleInTextAndExactInJson() throws Exception {
        String question = "Who " + CLEAR + "won" + CSI + "?\u007f";
        String tool = "search" + TITLE;
        Path file = dir.resolve("hostile.jsonl");
        Files.writeString(file, """
                {"schema":"trajectory-studio/v1","kind":"trajectory","question":%s,"steps":[{"thought":"t","action":{"type":"tool_calls","calls":[{"name":%s,"arguments":{"q":"x"}}]},"observation":"o"},{"action":{"type":"answer","text":"A"}}]}
                """.formatted(Json.MAPPER.writeValueAsString(question), Json.MAPPER.writeValueAsString(tool)));
        String library = dir.resolve("library").toString();

        InspectCommandTest.Run inspect = InspectCommandTest.studio("inspect", file.toString());
        assertThat(inspect.exit()).isZero();
        assertNoControls(inspect.out());
        assertThat(inspect.out()).contains("search\\x1b]0;pwned\\x07");

        assertThat(InspectCommandTest.studio("--library", library, "import", file.toString()).exit()).isZero();
        InspectCommandTest.Run query = InspectCommandTest.studio("--library", library, "query");
        assertNoControls(query.out());
        assertThat(query.out()).contains("Who \\x1b[2J\\x1b[Hwon\\x9b31m?\\x7f");
        InspectCommandTest.Run stats = InspectCommandTest.studio("--library", library, "stats");
        assertNoControls(stats.out());

        for (InspectCommandTest.Run json : new InspectCommandTest.Run[] {
                InspectCommandTest.studio("--library", library, "query", "--json"),
                InspectCommandTest.studio("inspect", file.toString(), "--json")}) {
            assertNoControls(json.out().replace("\n", ""));
            JsonNode node = json.json();
            if (node.has("samples") && node.get("samples").isArray()) {
                assertThat(node.get("samples").get(0).get("question").stringValue()).isEqualTo(question);
            } else {
                assertThat(node.get("tools").has(tool)).as(json.out()).isTrue();
            }
        }
    }

    @Test
    void visibleKeepsLayoutAndEscapesTheRest() {
        assertThat(TerminalText.visible("a\tb\nc")).isEqualTo("a\tb\nc");
        assertThat(TerminalText.visible("x\ry\u0000\u001b\u007f\u0085")).isEqualTo("x\\x0dy\\x00\\x1b\\x7f\\x85");
        assertThat(TerminalText.visible("plain ünïcødé")).isEqualTo("plain ünïcødé");
    }

    private static void assertNoControls(String text) {
        assertThat(text.chars().filter(c -> TerminalText.isControl(c, false))).as(text).isEmpty();
    }
}
