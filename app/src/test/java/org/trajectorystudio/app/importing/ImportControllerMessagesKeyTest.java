package org.trajectorystudio.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.ScriptedDialogs;
import org.trajectorystudio.app.testing.RecordingNotifier;
import org.trajectorystudio.app.ui.task.SynchronousTasks;
import org.trajectorystudio.persistence.library.Library;

/** Opening a file whose conversation sits under an unknown key: the window asks for the key and imports with it. */
class ImportControllerMessagesKeyTest {
    @TempDir
    Path dir;

    /** The controller's progress listener posts to the FX thread (headless platform, as every UI test here). */
    @BeforeAll
    static void startFx() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
    }

    @Test
    void noConversationFoundAsksForTheKeyAndRetriesWithIt() throws Exception {
        Path file = nested();
        List<String> problems = new ArrayList<>();
        ScriptedDialogs dialogs = new ScriptedDialogs().type("data.dialog");
        try (Library library = Library.open(dir.resolve("lib"))) {
            controller(library, problems, dialogs).importFile(file);

            assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
                assertThat(asked.question().title()).isEqualTo("Where is the conversation?");
                assertThat(asked.question().header()).contains("no conversation found: top-level keys are data, score");
            });
            assertThat(problems).isEmpty();
            assertThat(library.datasets().list()).hasSize(1);
            assertThat(library.datasets().list().getFirst().status()).isEqualTo("complete");
            assertThat(library.datasets().list().getFirst().imported()).isEqualTo(1);
        }
    }

    @Test
    void aCancelledQuestionImportsNothingAndSaysWhy() throws Exception {
        Path file = nested();
        List<String> problems = new ArrayList<>();
        ScriptedDialogs dialogs = new ScriptedDialogs().cancel();
        try (Library library = Library.open(dir.resolve("lib-cancel"))) {
            controller(library, problems, dialogs).importFile(file);

            assertThat(dialogs.asked()).hasSize(1);
            assertThat(problems).singleElement().asString().startsWith("Cannot import nested.jsonl").contains("no conversation found");
            assertThat(library.samples().count(org.trajectorystudio.persistence.query.SampleQuery.all())).isZero();
        }
    }

    private Path nested() throws Exception {
        return Files.writeString(dir.resolve("nested.jsonl"), "{\"data\": {\"dialog\": [{\"role\": \"user\","
                + " \"content\": \"q\"}, {\"role\": \"assistant\", \"content\": \"a\"}]}, \"score\": 1}\n");
    }

    private static ImportController controller(Library library, List<String> problems, ScriptedDialogs dialogs) {
        ImportController controller = new ImportController(library, new SynchronousTasks(), new RecordingNotifier(problems),
                () -> {}, result -> {});
        controller.askWith(() -> dialogs, () -> null);
        return controller;
    }
}
