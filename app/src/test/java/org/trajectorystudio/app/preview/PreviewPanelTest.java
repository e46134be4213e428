package org.trajectorystudio.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.chatDelta;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.chatFinish;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.send;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.stream;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.testing.InspectorTabs;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.trajectory.TrajectoryTreeView;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.StudioFeatures;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.inference.engine.FakeOpenAiServer;
import org.trajectorystudio.inference.engine.TinyGguf;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.Library;

/**
 * The Preview tab in the real window on a real library: the embedded engine on a tiny random-weight GGUF written here,
 * and the HTTP engine against a loopback server speaking the OpenAI streaming protocol.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPanelTest {
    private static final String ID = "tiny-1";
    private static final String KEY = "sk-preview-0123456789";
    /** A short trajectory: the tiny model's context is 256 tokens, one per byte. */
    private static final String SAMPLE = "{\"schema\":\"trajectory-studio/v1\",\"id\":\"" + ID + "\",\"kind\":\"trajectory\","
            + "\"question\":\"Capital of Kyrgyzstan?\",\"steps\":["
            + "{\"thought\":\"Search.\",\"action\":{\"type\":\"tool_calls\",\"calls\":[{\"id\":\"c1\",\"name\":\"search\",\"arguments\":{\"query\":[\"capital\"]}}]},\"observation\":\"Bishkek.\"},"
            + "{\"action\":{\"type\":\"answer\",\"text\":\"Bishkek\"}}],\"judgment\":\"correct\"}\n";

    @TempDir
    Path dir;

    private Library library;
    private FxTasks tasks;
    private StatusNotifier notifier;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.writeString(Files.createTempDirectory("preview-sample").resolve("tiny.jsonl"), SAMPLE);
        library = Library.open(Files.createTempDirectory("preview-library"));
        library.importFile(file);
        tasks = new FxTasks();
        notifier = new StatusNotifier(false);
        MainWindow window = new MainWindow(library, tasks, notifier, result -> {}, StudioFeatures.all());
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        // closing the window closes the loaded engine
        robot.interact(() -> stage.hide());
        tasks.close();
        library.close();
    }

    /** Polls the condition on the FX thread (the controls it reads change there); a timeout says what the window showed. */
    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; status: " + notifier.latestProperty().get() + "; tasks: "
                    + tasks.running().stream().map(task -> task.title()).toList(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Brings the preview tab to the front (the inspector holds other features' tabs too, and a tab's panel joins the
     * window when first shown) and waits for the remembered settings.
     */
    private void showPreviewTab(FxRobot robot) throws Exception {
        InspectorTabs.select(robot, InspectorTabs.withId("preview-tab"));
        waitUntil(() -> !robot.lookup("#preview-engine").query().isDisabled());
    }

    /** Waits for the remembered settings, shows the sample and selects its step {@code step} (0-based) in the tree. */
    private void selectStep(FxRobot robot, int step) throws Exception {
        showPreviewTab(robot);
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        TrajectoryTreeView tree = robot.lookup("#trajectory-tree").queryAs(TrajectoryTreeView.class);
        waitUntil(() -> stepItem(tree, step) != null);
        robot.interact(() -> tree.getSelectionModel().select(stepItem(tree, step)));
        waitUntil(() -> text(robot, "#preview-target").startsWith("Step " + (step + 1) + " of 2"));
    }

    private static TreeItem<OutlineNode> stepItem(TrajectoryTreeView tree, int step) {
        if (tree.getRoot() == null) {
            return null;
        }
        return tree.getRoot().getChildren().stream()
                .filter(item -> item.getValue().type() == NodeType.STEP && item.getValue().ref().step() == step)
                .findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String id) {
        var node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(value));
    }

    private static boolean idle(FxRobot robot) {
        return !robot.lookup("#preview-run").queryAs(Button.class).isDisabled();
    }

    private int candidatesOfStep(int step) {
        Sample latest = library.samples().load(ID).orElseThrow();
        return latest.steps().get(step).candidates().size();
    }

    private static List<NodeType> previewNodes(FxRobot robot, String id) {
        TreeItem<OutlineNode> root = robot.lookup(id).queryAs(TrajectoryTreeView.class).getRoot();
        return root == null ? List.of() : root.getValue().flatten().map(OutlineNode::type).toList();
    }

    /**
     * The inspector is a few hundred pixels wide: the engine's field labels read "…" and the step line stopped at
     * "the model sees the …". Every label of the pane shows its whole text there.
     */
    @Test
    void theNarrowPreviewPaneShowsItsLabelsWhole(FxRobot robot) throws Exception {
        selectStep(robot, 1);
        robot.interact(() -> robot.lookup("#preview-sampling").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = org.trajectorystudio.app.testing.CutLabels.under(robot, robot.lookup("#preview-panel").query());
        assertThat(cut).as("labels shown cut").isEmpty();
    }

    @Test
    void theTinyGgufPreviewsAStepAddsItAsACandidateGeneratesTwoMoreAndReportsABadPath(FxRobot robot) throws Exception {
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
        selectStep(robot, 0);
        type(robot, "#preview-gguf", gguf.toString());
        type(robot, "#preview-context", "0");
        type(robot, "#preview-max-tokens", "12");
        type(robot, "#preview-seed", "7");

        // P previews the selected step when no text field has the focus
        robot.interact(() -> robot.lookup("#trajectory-tree").query().requestFocus());
        robot.type(KeyCode.P);

        waitUntil(() -> idle(robot) && !text(robot, "#preview-speed").isEmpty());
        assertThat(text(robot, "#preview-output")).isNotEmpty();
        assertThat(text(robot, "#preview-speed")).matches("\\d+ tokens · \\d+\\.\\d tokens/s.*");
        assertThat(text(robot, "#preview-error")).isEmpty();
        assertThat(previewNodes(robot, "#preview-tree")).startsWith(NodeType.STEP).hasSizeGreaterThan(1);
        assertThat(robot.lookup("#preview-add").queryAs(Button.class).isDisabled()).isFalse();

        // Add as candidate: the plain step becomes a HAS step, its own action first and still chosen
        robot.clickOn("#preview-add");
        waitUntil(() -> candidatesOfStep(0) == 2);
        Sample revised = library.samples().load(ID).orElseThrow();
        assertThat(revised.steps().getFirst().chosen()).isZero();
        assertThat(revised.steps().getFirst().effectiveAction().type()).isEqualTo("tool_calls");
        assertThat(library.samples().loadRevision(ID, 1)).isPresent();
        assertThat(library.samples().loadRevision(ID, 0).orElseThrow().candidateCount()).isZero();
        // the window shows the new revision: the step's options are in the main tree
        waitUntil(() -> robot.lookup("#trajectory-tree").queryAs(TrajectoryTreeView.class).getRoot().getValue().flatten()
                .filter(node -> node.type() == NodeType.CANDIDATE).count() == 2);

        // the step stays selected through the refresh, so the next run targets it again
        assertThat(text(robot, "#preview-target")).startsWith("Step 1 of 2");
        // Generate N = 2: two more in one revision, with seeds 7 and 8
        robot.interact(() -> robot.lookup("#preview-n").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#preview-generate");
        waitUntil(() -> candidatesOfStep(0) == 4 && idle(robot));
        assertThat(library.samples().loadRevision(ID, 2)).isPresent();
        assertThat(library.samples().loadRevision(ID, 3)).isEmpty();
        assertThat(text(robot, "#preview-output")).contains("candidate 1 · seed 7").contains("candidate 2 · seed 8");

        // Added candidates are curation like any edit: Ctrl+Z takes the last addition back (a new revision, as undo is).
        robot.interact(() -> robot.lookup("#trajectory-tree").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> candidatesOfStep(0) == 2);
        assertThat(notifier.latestProperty().get().text()).startsWith("Undid: add 2 candidates to step 1");

        // a model file that is not there: one clear line in the panel and the status bar
        type(robot, "#preview-gguf", dir.resolve("missing.gguf").toString());
        robot.clickOn("#preview-run");
        waitUntil(() -> idle(robot) && !text(robot, "#preview-error").isEmpty());
        String error = text(robot, "#preview-error");
        assertThat(error).contains("missing.gguf").doesNotContain("\n").doesNotContain("Exception");
        assertThat(notifier.latestProperty().get()).isEqualTo(new StatusNotifier.Message(StatusNotifier.Level.PROBLEM, error));
        assertThat(robot.lookup("#preview-add").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void anOpenAiServerStreamsTheCompletionAndItsErrorsAreOneLine(FxRobot robot) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.script(stream(chatDelta("<think>Search again, "), chatDelta("in Russian.</think>\n<tool_call>\n"),
                    chatDelta("{\"name\": \"search\", \"arguments\": {\"query\": [\"столица Киргизии\"]}}\n</tool_call>"), chatFinish("stop")));
            selectStep(robot, 1);
            robot.interact(() -> robot.lookup("#preview-engine-endpoint").queryAs(RadioButton.class).setSelected(true));
            type(robot, "#preview-url", server.baseUrl());
            type(robot, "#preview-model", "tongyi-30b");
            type(robot, "#preview-api-key", KEY);

            robot.clickOn("#preview-run");

            waitUntil(() -> idle(robot) && !text(robot, "#preview-speed").isEmpty());
            assertThat(text(robot, "#preview-output")).startsWith("<think>Search again, in Russian.</think>").endsWith("</tool_call>");
            assertThat(previewNodes(robot, "#preview-tree")).containsExactly(NodeType.STEP, NodeType.THOUGHT, NodeType.TOOL_CALL);
            FakeOpenAiServer.Recorded request = server.lastRequest();
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(request.body()).contains("Bishkek.").contains("\"model\":\"tongyi-30b\"");

            // the settings were remembered in the library, the API key was not
            assertThat(library.settings().get("preview.endpointModel")).contains("tongyi-30b");
            assertThat(library.settings().get("preview.engine")).contains("endpoint");

            robot.clickOn("#preview-add");
            waitUntil(() -> candidatesOfStep(1) == 2);

            server.script(exchange -> send(exchange, 503, "{\"error\":{\"message\":\"model is loading\"}}"));
            robot.clickOn("#preview-run");
            waitUntil(() -> idle(robot) && !text(robot, "#preview-error").isEmpty());
            assertThat(text(robot, "#preview-error")).contains("503").doesNotContain("\n").doesNotContain(KEY);
            assertThat(notifier.latestProperty().get().level()).isEqualTo(StatusNotifier.Level.PROBLEM);
        }

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        type(robot, "#preview-url", "http://127.0.0.1:" + closedPort);
        robot.clickOn("#preview-run");
        waitUntil(() -> idle(robot) && text(robot, "#preview-error").contains(String.valueOf(closedPort)));
        assertThat(text(robot, "#preview-error")).doesNotContain("\n").doesNotContain(KEY);
        assertThat(library.settings().get("preview.endpointUrl")).contains("http://127.0.0.1:" + closedPort);
        assertThat(List.of("preview.apiKey", "preview.api-key", "apiKey")).allSatisfy(key -> assertThat(library.settings().get(key)).isEmpty());

        // The server's error does not hold for the embedded engine: switching clears it.
        robot.interact(() -> robot.lookup("#preview-engine-gguf").queryAs(RadioButton.class).setSelected(true));
        assertThat(text(robot, "#preview-error")).isEmpty();
    }

    @Test
    void planAQuestionStreamsTheAnalysisAndFirstActionFromAFileOfQuestions(FxRobot robot) throws Exception {
        Path questions = Files.writeString(dir.resolve("qa.jsonl"),
                "{\"id\":\"q1\",\"question\":\"\\\"Who built the Burana tower?\\\"\",\"answer\":\"Karakhanids\"}\nnot json\n"
                        + "{\"id\":\"q2\",\"question\":\"What is 2+2?\"}\n");
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.script(stream(chatDelta("<think>1. Find the tower.\n2. Find who built it.</think>\n"),
                    chatDelta("<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"Burana tower built by\"]}}\n</tool_call>"),
                    chatFinish("stop")));
            showPreviewTab(robot);
            robot.interact(() -> robot.lookup("#preview-engine-endpoint").queryAs(RadioButton.class).setSelected(true));
            type(robot, "#preview-url", server.baseUrl());
            type(robot, "#preview-model", "planner");

            robot.interact(() -> menuItem(robot, "menu-plan-question").fire());
            Window dialog = robot.listWindows().stream().filter(w -> w instanceof Stage s && "Plan a question (FAS planning preview)".equals(s.getTitle()))
                    .findFirst().orElseThrow();
            PlanDialog plan = (PlanDialog) dialog.getScene().getRoot().getProperties().get(PlanDialog.class);
            assertThat(plan).isNotNull();

            robot.interact(() -> plan.loadQuestions(questions));
            waitUntil(() -> "Who built the Burana tower?".equals(((TextArea) dialog.getScene().lookup("#plan-question")).getText()));
            robot.interact(() -> ((Button) dialog.getScene().lookup("#plan-run")).fire());

            waitUntil(() -> ((TextArea) dialog.getScene().lookup("#plan-output")).getText().endsWith("</tool_call>")
                    && ((TrajectoryTreeView) dialog.getScene().lookup("#plan-tree")).getRoot() != null);
            TrajectoryTreeView tree = (TrajectoryTreeView) dialog.getScene().lookup("#plan-tree");
            List<NodeType> nodes = tree.getRoot().getValue().flatten().map(OutlineNode::type).toList();
            assertThat(nodes).contains(NodeType.PLAN, NodeType.TOOL_CALL);
            assertThat(tree.getRoot().getValue().title()).startsWith("fas_planning · 2 steps");
            assertThat(server.lastRequest().body()).contains("Who built the Burana tower?").contains("first action");
            robot.interact(() -> ((Stage) dialog).close());
        }
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        var bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }
}
