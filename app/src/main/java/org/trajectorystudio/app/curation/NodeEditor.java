package org.trajectorystudio.app.curation;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trajectorystudio.model.sample.Sample;

/**
 * The inline editor of the Curate tab: one text (and a name for a tool call), checked as the curator types; Save
 * is enabled only while the input is valid, and the reason it is not is shown in {@code #edit-error}.
 */
final class NodeEditor extends VBox {
    private final Label title = new Label();
    private final Label keys = new Label("Ctrl+Enter saves, Esc cancels");
    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final Label error = new Label();
    private final Button save = new Button("Save revision");
    private final Button cancel = new Button("Cancel");
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private EditTarget target;
    private Sample sample;
    private Sample edited;

    /** @param onSave given the sample as shown and the edited one, with the edit's title */
    NodeEditor(BiConsumer<Sample, EditResult> onSave) {
        getStyleClass().add("curation-editor");
        setId("node-editor");
        setSpacing(6);
        title.setId("edit-title");
        title.getStyleClass().add("curation-heading");
        // The inspector is narrow: a long part's title wraps, and the keys have a line of their own.
        title.setWrapText(true);
        keys.setId("edit-keys");
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);
        name.setId("edit-name");
        name.setPromptText("tool name");
        text.setId("edit-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.getStyleClass().add("curation-mono");
        error.setId("edit-error");
        error.setWrapText(true);
        error.getStyleClass().add("curation-error");
        save.setId("edit-save");
        save.setDefaultButton(false);
        cancel.setId("edit-cancel");
        name.managedProperty().bind(name.visibleProperty());
        error.managedProperty().bind(error.visibleProperty());
        managedProperty().bind(open);
        visibleProperty().bind(open);
        getChildren().addAll(title, keys, name, text, error, new HBox(6, save, cancel));
        name.textProperty().addListener((obs, old, now) -> check());
        text.textProperty().addListener((obs, old, now) -> check());
        save.setOnAction(event -> {
            if (edited != null) {
                onSave.accept(sample, new EditResult(edited, "edit " + target.title().toLowerCase(java.util.Locale.ROOT)));
                close();
            }
        });
        cancel.setOnAction(event -> close());
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                close();
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.ENTER && event.isShortcutDown()) {
                save.fire();
                event.consume();
            }
        });
    }

    record EditResult(Sample edited, String description) {}

    void edit(Sample shown, EditTarget part) {
        this.sample = shown;
        this.target = part;
        title.setText("Edit · " + part.title());
        name.setVisible(part.hasName());
        name.setText(part.hasName() ? part.name() : "");
        text.setText(part.text() == null ? "" : part.text());
        open.set(true);
        check();
        text.requestFocus();
    }

    void close() {
        open.set(false);
        target = null;
        edited = null;
    }

    boolean isOpen() {
        return open.get();
    }

    private void check() {
        if (target == null) {
            return;
        }
        try {
            Sample result = target.apply(sample, name.getText(), text.getText());
            edited = result.equals(sample) ? null : result;
            error.setText("");
            error.setVisible(false);
        } catch (IllegalArgumentException e) {
            edited = null;
            error.setText(e.getMessage());
            error.setVisible(true);
        }
        save.setDisable(edited == null);
    }
}
