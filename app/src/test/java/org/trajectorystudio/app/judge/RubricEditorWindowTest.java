package org.trajectorystudio.app.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trajectorystudio.app.testing.ScriptedDialogs;
import org.trajectorystudio.app.testing.StudioWindow;
import org.trajectorystudio.inference.engine.FakeOpenAiServer;
import org.trajectorystudio.model.judge.Rubrics;
import org.trajectorystudio.persistence.judge.Suggestions;

/**
 * The judge's rubric editor in the window: a shipped rubric's template, edited and saved under a name of its own, is
 * what a loopback server is asked; the suggestions carry that name, and the rubric is kept in the library, where
 * {@code ./studio judge --rubric NAME} finds it.
 */
@ExtendWith(ApplicationExtension.class)
class RubricEditorWindowTest {
    @TempDir
    static Path dir;

    private static Path libraryDir;
    private StudioWindow studio;
    private FakeOpenAiServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void fillLibrary() throws Exception {
        libraryDir = Files.createTempDirectory(dir, "library");
        try (var filling = org.trajectorystudio.persistence.library.Library.open(libraryDir)) {
            filling.importFile(Files.writeString(Files.createTempFile(dir, "in", ".jsonl"),
                    org.trajectorystudio.app.flags.FlagsWindowTestSamples.SAMPLES));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        server = new FakeOpenAiServer();
        server.script(exchange -> {
            asked.add((String) exchange.getAttribute(FakeOpenAiServer.BODY));
            FakeOpenAiServer.stream(FakeOpenAiServer.chatDelta("VERDICT: correct"), FakeOpenAiServer.chatFinish("stop")).answer(exchange);
        });
        studio = StudioWindow.show(stage, libraryDir);
    }

    @AfterEach
    void close() {
        studio.close();
        server.close();
    }

    @Test
    void anEditedRubricIsSavedUnderItsNameAskedAndFoundByTheCommand(FxRobot robot) throws Exception {
        StudioWindow.waitUntil(() -> studio.window().browser().totalProperty().get() == 3);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem run = bar.getMenus().stream().filter(m -> m.getText().equals("Judge")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "menu-run-judge".equals(i.getId())).findFirst().orElseThrow();
        // The curator's answer to the Run judge form: the shipped template shown, edited, saved under a new name.
        AtomicReference<String> shown = new AtomicReference<>();
        String[] edited = new String[1];
        ScriptedDialogs dialogs = new ScriptedDialogs().fill(form -> {
            TextInputControl template = ScriptedDialogs.field(form, "judge-rubric-template");
            shown.set(template.getText());
            edited[0] = "Grade strictly, as a harsh examiner.\n" + template.getText();
            template.setText(edited[0]);
            ScriptedDialogs.field(form, "judge-rubric-name").setText("strict-answer");
            ScriptedDialogs.field(form, "judge-endpoint").setText(server.baseUrl());
            ScriptedDialogs.field(form, "judge-model").setText("m2");
        });
        robot.interact(() -> {
            studio.window().useDialogs(dialogs);
            run.fire();
        });
        StudioWindow.waitUntil(() -> dialogs.asked().size() == 1); // after the rubrics are read, in a task
        assertThat(dialogs.asked()).singleElement().satisfies(q -> assertThat(q.question().title()).isEqualTo("Run judge"));
        assertThat(shown.get()).isEqualTo(Rubrics.DEFAULTS.getFirst().template()); // the shipped one, to edit

        var library = studio.library();
        StudioWindow.waitUntil(() -> library.suggestions().of("clean-1").stream().anyMatch(s -> "strict-answer".equals(s.rubric())));
        assertThat(asked).isNotEmpty().allMatch(body -> body.contains("Grade strictly, as a harsh examiner."));
        assertThat(library.suggestions().of("clean-1")).extracting(Suggestions.Suggestion::annotator).containsExactly("judge:m2");
        assertThat(SavedRubrics.named(library.settings(), "strict-answer")).hasValueSatisfying(
                rubric -> assertThat(rubric.template()).isEqualTo(edited[0]));
        assertThat(SavedRubrics.named(library.settings(), Rubrics.DEFAULTS.getFirst().name()))
                .contains(Rubrics.DEFAULTS.getFirst()); // the shipped one is unchanged
    }

    @Test
    void aCancelledRunJudgeFormJudgesNothingAndSavesNoRubric(FxRobot robot) throws Exception {
        StudioWindow.waitUntil(() -> studio.window().browser().totalProperty().get() == 3);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem run = bar.getMenus().stream().filter(m -> m.getText().equals("Judge")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "menu-run-judge".equals(i.getId())).findFirst().orElseThrow();
        // Filled in as before, then Cancel instead of OK.
        ScriptedDialogs dialogs = new ScriptedDialogs().cancel();
        robot.interact(() -> {
            studio.window().useDialogs(dialogs);
            run.fire();
        });
        StudioWindow.waitUntil(() -> dialogs.asked().size() == 1);
        StudioWindow.waitUntil(() -> studio.tasks().running().isEmpty());
        assertThat(asked).isEmpty();
        assertThat(studio.library().suggestions().of("clean-1")).isEmpty();
        assertThat(SavedRubrics.all(studio.library().settings())).containsExactlyElementsOf(Rubrics.DEFAULTS);
    }
}
