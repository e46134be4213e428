package org.trajectorystudio.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheQuestionFieldOfEachLineWithoutWebShapersOwnQuotes() throws Exception {
        Path file = Files.writeString(dir.resolve("qa.jsonl"), "{\"id\":\"a\",\"question\":\"\\\"On 16 August 1986, who?\\\"\",\"answer\":\"x\"}\n"
                + "\n[1,2]\n{\"question\":\"  \"}\n{\"question\":\"Plain?\"}\n");

        assertThat(QuestionFile.read(file)).containsExactly("On 16 August 1986, who?", "Plain?");
    }

    @Test
    void aFileWithoutQuestionsOrMissingIsOneClearLine() throws Exception {
        Path file = Files.writeString(dir.resolve("none.jsonl"), "{\"messages\":[]}\n");

        assertThatThrownBy(() -> QuestionFile.read(file)).hasMessage("none.jsonl: no questions (expected JSON lines with a \"question\" field)");
        assertThatThrownBy(() -> QuestionFile.read(dir.resolve("gone.jsonl"))).hasMessageStartingWith("gone.jsonl: cannot be read");
    }
}
