package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.engine.TinyGguf;

/** {@code ./studio preview --gguf} end to end on the tiny random-weight GGUF (its context is 256 byte tokens). */
class PreviewCommandTest {
    @TempDir
    Path dir;

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = dir.resolve("library").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    @Test
    void streamsTheTinyGgufsCompletionForAStepAndReportsAMissingModelInOneLine() throws Exception {
        Path sample = Files.writeString(dir.resolve("tiny.jsonl"), "{\"schema\":\"trajectory-studio/v1\",\"id\":\"t1\","
                + "\"kind\":\"trajectory\",\"question\":\"Capital?\",\"steps\":[{\"action\":{\"type\":\"answer\",\"text\":\"Bishkek\"}}],\"judgment\":\"correct\"}\n");
        assertThat(studio("import", sample.toString()).exit()).isEqualTo(ExitCode.OK);
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"));

        InspectCommandTest.Run run = studio("preview", "t1", "--step", "1", "--gguf", gguf.toString(), "--max-tokens", "8", "--seed", "3");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().strip()).isNotEmpty();
        assertThat(run.err()).containsPattern("\\d+ tokens, [\\d.]+ tokens/s");

        InspectCommandTest.Run missing = studio("preview", "t1", "--step", "1", "--gguf", dir.resolve("gone.gguf").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err().strip()).startsWith("error:").contains("gone.gguf").doesNotContain("\n");

        InspectCommandTest.Run past = studio("preview", "t1", "--step", "3", "--gguf", gguf.toString());
        assertThat(past.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(past.err().strip()).isEqualTo("error: sample t1 has 1 step; --step is 1 to 2");
    }
}
