package org.trajectorystudio.app.library;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The table's Flags column: the raised flags' short names, their reasons on hover. Not sortable (no such index); new
 * settings re-run the query, which redraws it.
 */
final class FlagColumn {
    private FlagColumn() {}

    static TableColumn<SampleSummary, List<QualityFlag>> create(ReadOnlyObjectProperty<FlagSettings> settings) {
        TableColumn<SampleSummary, List<QualityFlag>> column = new TableColumn<>("Flags");
        column.setId("column-flags");
        column.setPrefWidth(Math.max(76, HeaderWidth.of("Flags")));
        column.setMinWidth(HeaderWidth.of("Flags"));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(settings.get().raised(cell.getValue().flags())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<QualityFlag> flags, boolean empty) {
                super.updateItem(flags, empty);
                if (empty || flags == null || flags.isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText("⚑ " + String.join(", ", flags.stream().map(flag -> flag.kind().label()).toList()));
                setTooltip(new Tooltip(String.join("\n", flags.stream().map(QualityFlag::reason).toList())));
            }
        });
        return column;
    }
}
