package org.trajectorystudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.render.ChatRenderer;
import org.trajectorystudio.model.export.render.LossMask;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.JsonNode;

/**
 * The export preview's loss-mask pane on a real library (WebDancer imported): it shows one record's text, and its
 * highlighted spans are exactly the turns the exported chat file marks with weight 1 (what axolotl trains with
 * {@code message_field_training: weight}), its grey spans the rest, and the whole text is the text the record was
 * counted on.
 */
@ExtendWith(ApplicationExtension.class)
class LossMaskViewTest {
    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private final ExportFeature feature = new ExportFeature();

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        library.importFile(SharedData.file("webdancer_sample_traj.jsonl"));
        tasks = new FxTasks();
        MainWindow window = new MainWindow(library, tasks, new StatusNotifier(false), result -> {}, List.of(feature));
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        tasks.close();
        library.close();
    }

    @Test
    void thePreviewShowsTheSpansTheExportedFileTrains(FxRobot robot) throws Exception {
        robot.clickOn("#sample-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.X).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> feature.dialog() != null && feature.dialog().stage().isShowing());
        Path out = dir.resolve("chat.jsonl");
        robot.interact(() -> {
            robot.lookup("#export-scope-library").<RadioButton>query().setSelected(true);
            robot.lookup("#export-accepted-only").tryQuery().ifPresent(box -> ((javafx.scene.control.CheckBox) box).setSelected(false));
            robot.lookup("#export-format").<ComboBox<ExportFormat>>query().setValue(ExportFormat.CHAT);
            robot.lookup("#export-output").<TextField>query().setText(out.toString());
        });
        robot.clickOn("#export-preview");
        TextFlow flow = robot.lookup("#loss-mask-text").query();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !flow.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<Text> shown = new ArrayList<>();
        flow.getChildren().forEach(node -> shown.add((Text) node));
        String title = robot.lookup("#loss-mask-title").queryLabeled().getText();
        String sampleId = shown.isEmpty() ? null : title.replaceFirst("^Loss mask of (\\S+).*", "$1").replaceFirst(":$", "");
        Sample sample = library.samples().load(sampleId).orElseThrow();
        // The mask the export's own renderer makes of that sample, with the dialog's template (chatml) and rendering.
        LossMask expected = new ChatRenderer(ChatMlTemplate.INSTANCE, Rendering.TEMPLATE).lossMask(sample, sample.steps().size());
        assertThat(String.join("", shown.stream().map(Text::getText).toList())).isEqualTo(expected.text());
        assertThat(shown.stream().map(Text::getUserData).toList()).isEqualTo(expected.spans());
        for (Text piece : shown) {
            boolean trained = ((LossMask.Span) piece.getUserData()).trained();
            assertThat(piece.getStyleClass()).contains(trained ? LossMaskView.TRAINED : LossMaskView.MASKED);
        }
        Text trained = shown.stream().filter(t -> t.getStyleClass().contains(LossMaskView.TRAINED)).findFirst().orElseThrow();
        Text masked = shown.stream().filter(t -> t.getStyleClass().contains(LossMaskView.MASKED)).findFirst().orElseThrow();
        assertThat(trained.isUnderline()).as("trained text looks apart from masked").isTrue();
        assertThat(masked.isUnderline()).isFalse();
        String counts = robot.lookup("#loss-mask-counts").queryLabeled().getText();
        assertThat(counts).contains("assistant").contains(" trained").contains("(approximate)");

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !robot.lookup("#export-summary").queryLabeled().getText().isEmpty());
        JsonNode record = null;
        for (String line : Files.readAllLines(out)) {
            JsonNode candidate = Json.MAPPER.readTree(line);
            if (candidate.get("id").stringValue().equals(sampleId)) {
                record = candidate;
            }
        }
        assertThat(record).as("the shown sample is in the export").isNotNull();
        Set<Integer> weighted = new TreeSet<>();
        JsonNode messages = record.get("messages");
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).get("weight").asInt() != 0) {
                weighted.add(i);
            }
        }
        Set<Integer> highlighted = new TreeSet<>();
        shown.stream().map(t -> (LossMask.Span) t.getUserData()).filter(LossMask.Span::trained).forEach(s -> highlighted.add(s.message()));
        assertThat(highlighted).isEqualTo(weighted).isNotEmpty();
    }
}
