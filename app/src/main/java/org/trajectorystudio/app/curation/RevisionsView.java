package org.trajectorystudio.app.curation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.RevisionInfo;

/**
 * The revision list of the shown sample: selecting one shows its diff against the previous revision and against the
 * original (computed off the FX thread); Restore makes it the latest again, as a new revision.
 */
final class RevisionsView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ListView<RevisionInfo> list = new ListView<>();
    private final TextArea diff = new TextArea();
    private final Button restore = new Button("Restore");
    private final Curation curation;
    private final Tasks tasks;
    private final Notifier notifier;
    private final Supplier<String> sampleId;
    private long generation;

    /** @param onRestore given the revision to make the latest */
    RevisionsView(Curation curation, Tasks tasks, Notifier notifier, Supplier<String> sampleId, Consumer<RevisionInfo> onRestore) {
        this.curation = curation;
        this.tasks = tasks;
        this.notifier = notifier;
        this.sampleId = sampleId;
        setSpacing(6);
        list.setId("revision-list");
        list.setPrefHeight(120);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
                setPrefWidth(0); // the list never scrolls sideways in the narrow pane: a long label shortens instead
            }
        });
        diff.setId("revision-diff");
        diff.setEditable(false);
        diff.setPrefRowCount(14);
        diff.setWrapText(true); // the pane is a few hundred pixels wide: long diff lines read on, not cut off
        diff.getStyleClass().add("curation-mono");
        restore.setId("revision-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> onRestore.accept(list.getSelectionModel().getSelectedItem()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, revision) -> showDiff(revision));
        getChildren().addAll(list, restore, diff);
    }

    static String label(RevisionInfo revision) {
        return revision.isOriginal()
                ? "r0 · original (imported)"
                : "r" + revision.revision() + " · " + revision.author() + " · " + TIME.format(revision.at());
    }

    /** The sample whose revisions the list shows. */
    private String shownFor;

    /**
     * Shows a sample's revisions; the latest is selected so that its diff shows at once. The same list again (the
     * window re-reads the sample's curation after every write, its own or another process's) keeps the revision the
     * curator selected: a refresh once moved it to the latest under their Restore click.
     */
    void show(List<RevisionInfo> revisions) {
        String id = sampleId.get();
        boolean same = java.util.Objects.equals(id, shownFor) && list.getItems().equals(revisions);
        shownFor = id;
        if (same) {
            return;
        }
        list.getItems().setAll(revisions);
        if (revisions.size() > 1) {
            list.getSelectionModel().selectLast();
        } else {
            list.getSelectionModel().clearSelection();
            diff.setText(revisions.isEmpty() ? "" : "Not edited yet: this is the imported original.");
        }
    }

    void clear() {
        shownFor = null;
        list.getItems().clear();
        diff.clear();
    }

    ListView<RevisionInfo> list() {
        return list;
    }

    private void showDiff(RevisionInfo revision) {
        long mine = ++generation;
        String id = sampleId.get();
        if (revision == null || id == null) {
            return;
        }
        int number = revision.revision();
        tasks.run("Comparing revisions", progress -> {
            if (number == 0) {
                return "r0 is the imported original.\n";
            }
            Sample shown = curation.revision(id, number);
            Sample previous = curation.revision(id, number - 1);
            StringBuilder text = new StringBuilder("── against the previous revision (r" + (number - 1) + ")\n");
            text.append(RevisionDiff.unified("r" + (number - 1), previous, "r" + number, shown));
            if (number > 1) {
                text.append("\n── against the original (r0)\n");
                text.append(RevisionDiff.unified("r0", curation.revision(id, 0), "r" + number, shown));
            }
            return text.toString();
        }, text -> {
            if (mine == generation) {
                diff.setText(text);
            }
        }, failure -> notifier.unexpected("Comparing revisions", failure));
    }
}
