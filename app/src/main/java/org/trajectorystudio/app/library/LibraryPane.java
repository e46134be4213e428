package org.trajectorystudio.app.library;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Datasets with their counts and review queues with their progress; selecting one narrows the table. */
public final class LibraryPane extends VBox {

    public LibraryPane(BrowserModel model) {
        setId("library-pane");
        setPadding(new Insets(6));
        setSpacing(4);
        Label title = new Label("Library");
        title.getStyleClass().add("pane-title");
        ListView<LibrarySource> list = new ListView<>(model.sources());
        list.setId("library-sources");
        list.setCellFactory(view -> new SourceCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, source) -> {
            if (source != null && !sameSource(source, model.sourceProperty().get())) {
                model.sourceProperty().set(source);
            }
        });
        getChildren().addAll(title, list);
    }

    /** Counts change on refresh; the selection is the same source if it points at the same samples. */
    private static boolean sameSource(LibrarySource a, LibrarySource b) {
        return switch (a) {
            case LibrarySource.All all -> b instanceof LibrarySource.All;
            case LibrarySource.Dataset d -> b instanceof LibrarySource.Dataset other && other.id() == d.id();
            case LibrarySource.Queue q -> b instanceof LibrarySource.Queue other && other.queue().equals(q.queue());
        };
    }

    private static final class SourceCell extends ListCell<LibrarySource> {
        @Override
        protected void updateItem(LibrarySource source, boolean empty) {
            super.updateItem(source, empty);
            if (empty || source == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // Name and count apart: a narrow pane may shorten a long dataset name, never the count.
            Label name = new Label(name(source));
            name.setId("source-name");
            name.setMinWidth(40);
            name.setMaxWidth(Double.MAX_VALUE);
            // Shortened in the middle: files that come in two forms (x.json, x.records.jsonl) keep their ends apart.
            name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label count = new Label(count(source));
            count.setId("source-count");
            count.getStyleClass().add("muted");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(5, icon(source), name, count);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // the list never scrolls sideways: the row fits its width
            setTooltip(new javafx.scene.control.Tooltip(source.label()));
        }

        private static javafx.scene.Node icon(LibrarySource source) {
            return switch (source) {
                case LibrarySource.All all -> new FontIcon(Material2AL.LIBRARY_BOOKS);
                case LibrarySource.Dataset dataset -> new FontIcon(Material2AL.DESCRIPTION);
                case LibrarySource.Queue queue -> {
                    if (queue.queue().hasProgress()) {
                        ProgressBar bar = new ProgressBar(queue.progress());
                        bar.setPrefWidth(20);
                        bar.setMinWidth(20);
                        bar.setMinHeight(8);
                        bar.getStyleClass().add("small");
                        yield bar;
                    }
                    yield new FontIcon(Material2MZ.PLAYLIST_ADD_CHECK);
                }
            };
        }

        private static String name(LibrarySource source) {
            return switch (source) {
                case LibrarySource.All all -> "All samples";
                case LibrarySource.Dataset dataset -> dataset.name();
                case LibrarySource.Queue queue -> queue.queue().name();
            };
        }

        private static String count(LibrarySource source) {
            return switch (source) {
                case LibrarySource.All all -> String.format(java.util.Locale.ROOT, "%,d", all.count());
                case LibrarySource.Dataset dataset -> String.format(java.util.Locale.ROOT, "%,d", dataset.count());
                case LibrarySource.Queue queue -> queue.queue().hasProgress()
                        ? String.format(java.util.Locale.ROOT, "%,d / %,d", queue.total() - queue.pending(), queue.total())
                        : String.format(java.util.Locale.ROOT, "%,d", queue.pending());
            };
        }
    }
}
