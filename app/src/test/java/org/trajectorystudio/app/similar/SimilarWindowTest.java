package org.trajectorystudio.app.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trajectorystudio.app.library.LibrarySource;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.testing.ScriptedDialogs;
import org.trajectorystudio.app.testing.StudioWindow;
import org.trajectorystudio.app.testing.TreeNodes;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.inference.engine.TinyGguf;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * "More like this" in the window, with real llama.cpp embeddings of the tiny random-weight GGUF: {@code M} on a
 * sample opens the queue of its nearest samples in the library pane and the table (the one with the same question and
 * answer first in the status line); with no model saved the curator is asked for one, and it is saved.
 */
@ExtendWith(ApplicationExtension.class)
class SimilarWindowTest {
    @TempDir
    static Path dir;

    private static Path libraryDir;
    private static Path gguf;

    private StudioWindow studio;
    private Library library;
    private StatusNotifier notifier;
    private MainWindow window;

    private static String sample(String id, String question, String thought, String answer) {
        return "{\"schema\":\"trajectory-studio/v1\",\"id\":\"" + id + "\",\"kind\":\"trajectory\",\"question\":\"" + question
                + "\",\"steps\":[{\"thought\":\"" + thought + "\",\"action\":{\"type\":\"answer\",\"text\":\"" + answer
                + "\"}}],\"judgment\":\"correct\"}\n";
    }

    @BeforeAll
    static void fillLibrary() throws Exception {
        libraryDir = Files.createTempDirectory(dir, "library");
        gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
        String samples = sample("hamlet", "Who wrote the play Hamlet?", "I know this", "William Shakespeare")
                + sample("hamlet-again", "Who wrote the play Hamlet?", "Let me recall the author", "William Shakespeare")
                + sample("peru", "What is the capital city of Peru?", "Geography", "Lima")
                + sample("everest", "How tall is Mount Everest in metres?", "Measured", "8849")
                + sample("tiger", "Which big cat has stripes?", "Zoology", "The tiger");
        try (Library filling = Library.open(libraryDir)) {
            filling.importFile(Files.writeString(dir.resolve("samples.jsonl"), samples));
        }
    }

    @Start
    void start(Stage stage) {
        studio = StudioWindow.show(stage, libraryDir);
        library = studio.library();
        notifier = studio.notifier();
        window = studio.window();
    }

    @AfterEach
    void close() {
        studio.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        StudioWindow.waitUntil(condition);
    }

    private void pressMoreLikeThis(FxRobot robot, String id) throws Exception {
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        waitUntil(() -> table.getItems().size() == 5);
        TreeNodes.showSample(robot, window, id);
        TreeNodes.select(robot, node -> node.type() == NodeType.SAMPLE); // the tree has the focus, no text field
        robot.type(KeyCode.M);
    }

    private void assertQueueShown(FxRobot robot) throws Exception {
        ListView<LibrarySource> sources = robot.lookup("#library-sources").queryListView();
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        try {
            waitUntil(() -> window.browser().sourceProperty().get() instanceof LibrarySource.Queue q
                    && q.queue().name().equals(SimilarFeature.QUEUE) && table.getItems().size() == 4);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no queue: status '" + notifier.latestProperty().get() + "', source "
                    + window.browser().sourceProperty().get() + ", rows " + table.getItems().stream().map(SampleSummary::id).toList(), e);
        }
        // The queue lists every other sample (five in the library), never the sample itself.
        assertThat(table.getItems()).extracting(SampleSummary::id)
                .containsExactlyInAnyOrder("hamlet-again", "peru", "everest", "tiger");
        // and the library pane lists it with the other queues
        waitUntil(() -> sources.getItems().stream().anyMatch(s -> s instanceof LibrarySource.Queue q
                && q.queue().name().equals(SimilarFeature.QUEUE) && q.pending() == 4));
        // The same question and answer is the closest, at cosine 1.
        assertThat(notifier.latestProperty().get().text())
                .startsWith("More like this: 4 samples like hamlet; closest hamlet-again (1.000)");
        assertThat(org.trajectorystudio.app.testing.CutLabels.inShownWindows(robot)).as("labels shown cut").isEmpty();
    }

    @Test
    void mOnASampleOpensTheQueueOfItsNearestSamplesWithTheLibrarysModel(FxRobot robot) throws Exception {
        library.settings().set(EmbeddingChoice.GGUF, gguf.toString()); // as ./studio similar --gguf saves it
        pressMoreLikeThis(robot, "hamlet");
        assertQueueShown(robot);
        assertThat(library.similar().model()).hasValueSatisfying(model -> assertThat(model).startsWith("gguf:tiny.gguf:"));
    }

    @Test
    void withNoModelSavedTheCuratorIsAskedAndTheChoiceIsSaved(FxRobot robot) throws Exception {
        library.settings().set(EmbeddingChoice.GGUF, "");
        library.settings().set(EmbeddingChoice.ENDPOINT, "");
        // The curator picks the file with Choose… (the field takes the dialog's width for its path).
        org.trajectorystudio.app.testing.ScriptedFileDialogs files = new org.trajectorystudio.app.testing.ScriptedFileDialogs().answer(gguf);
        ScriptedDialogs dialogs = new ScriptedDialogs().fill(form -> {
            ((javafx.scene.control.Button) form.lookup("#embedding-gguf-choose")).fire();
            assertThat(ScriptedDialogs.field(form, "embedding-gguf").getText()).isEqualTo(gguf.toString());
        });
        robot.interact(() -> {
            window.useDialogs(dialogs);
            window.useFileDialogs(files);
        });
        pressMoreLikeThis(robot, "hamlet");
        assertQueueShown(robot);
        assertThat(dialogs.asked()).singleElement().satisfies(q -> assertThat(q.question().title()).isEqualTo("Embedding model"));
        assertThat(files.asked()).singleElement().satisfies(request -> assertThat(request.title()).isEqualTo("Embedding model (GGUF)"));
        assertThat(EmbeddingChoice.saved(library.settings())).contains(new EmbeddingChoice.Gguf(gguf.toAbsolutePath()));
    }

    @Test
    void aCancelledModelFormFindsNothingAndSavesNoModel(FxRobot robot) throws Exception {
        library.settings().set(EmbeddingChoice.GGUF, "");
        library.settings().set(EmbeddingChoice.ENDPOINT, "");
        ScriptedDialogs dialogs = new ScriptedDialogs().cancel();
        robot.interact(() -> window.useDialogs(dialogs));
        pressMoreLikeThis(robot, "hamlet");
        waitUntil(() -> dialogs.asked().size() == 1);
        waitUntil(() -> studio.tasks().running().isEmpty());
        assertThat(window.browser().sourceProperty().get()).isNotInstanceOf(LibrarySource.Queue.class);
        assertThat(EmbeddingChoice.saved(library.settings())).isEmpty();
    }
}
