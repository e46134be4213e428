package org.trajectorystudio.app.judge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.persistence.judge.Suggestions;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The table's Judge column: the latest verdict a judge model suggested, beside the curator's own Verdict. Read in
 * the background for the rows as they load; "" when no judge has answered.
 */
final class JudgeColumn {
    private final WindowContext context;
    private final Map<String, String> suggested = new ConcurrentHashMap<>();
    private TableView<SampleSummary> table;

    JudgeColumn(WindowContext context) {
        this.context = context;
    }

    /** Adds the column once the window has laid out its table (features are installed before that). */
    void install() {
        javafx.application.Platform.runLater(this::addColumn);
    }

    @SuppressWarnings("unchecked")
    private void addColumn() {
        if (!(context.scene().lookup("#sample-table") instanceof TableView<?> found)) {
            return;
        }
        table = (TableView<SampleSummary>) found;
        TableColumn<SampleSummary, String> column = new TableColumn<>("Judge");
        column.setId("column-judge");
        column.setPrefWidth(150);
        column.setSortable(false);
        column.setVisible(false); // shown once a loaded row has a suggestion: no empty column in the way
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(suggested.getOrDefault(cell.getValue().id(), "")));
        int verdict = table.getColumns().stream().map(TableColumn::getId).toList().indexOf("column-verdict");
        table.getColumns().add(verdict < 0 ? table.getColumns().size() : verdict + 1, column);
        context.browser().rows().addListener((ListChangeListener<SampleSummary>) change -> load(List.copyOf(context.browser().rows())));
        load(List.copyOf(context.browser().rows()));
    }

    /** Re-reads every loaded row's suggestion (after a judge run). */
    void reload() {
        if (table == null) {
            return;
        }
        suggested.clear();
        load(List.copyOf(context.browser().rows()));
    }

    private void load(List<SampleSummary> rows) {
        List<String> ids = rows.stream().map(SampleSummary::id).filter(id -> !suggested.containsKey(id)).toList();
        if (ids.isEmpty()) {
            return;
        }
        context.tasks().run("Reading judge suggestions", progress -> context.library().suggestions().latestVerdicts(ids), found -> {
            for (String id : ids) {
                Suggestions.Suggestion suggestion = found.get(id);
                suggested.put(id, suggestion == null ? "" : suggestion.verdict() + " (" + suggestion.annotator() + ")");
            }
            table.getColumns().stream().filter(c -> "column-judge".equals(c.getId())).findFirst()
                    .ifPresent(c -> c.setVisible(suggested.values().stream().anyMatch(text -> !text.isEmpty())));
            table.refresh();
        }, failure -> context.notifier().unexpected("Reading judge suggestions", failure));
    }
}
