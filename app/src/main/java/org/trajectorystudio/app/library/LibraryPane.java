package org.trajectorystudio.app.library;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
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
        setMinWidth(180);
        setPrefWidth(230);
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
            setText(source.label());
            setTooltip(new javafx.scene.control.Tooltip(source.label())); // the pane is narrow: the whole label on hover
            switch (source) {
                case LibrarySource.All all -> setGraphic(new FontIcon(Material2AL.LIBRARY_BOOKS));
                case LibrarySource.Dataset dataset -> setGraphic(new FontIcon(Material2AL.DESCRIPTION));
                case LibrarySource.Queue queue -> {
                    if (queue.queue().hasProgress()) {
                        ProgressBar bar = new ProgressBar(queue.progress());
                        bar.setPrefWidth(40);
                        bar.setMinHeight(8);
                        bar.getStyleClass().add("small");
                        setGraphic(bar);
                    } else {
                        setGraphic(new FontIcon(Material2MZ.PLAYLIST_ADD_CHECK));
                    }
                }
            }
        }
    }
}
