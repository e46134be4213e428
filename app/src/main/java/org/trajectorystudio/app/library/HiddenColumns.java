package org.trajectorystudio.app.library;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.library.Settings;

/**
 * The sample table's columns the curator hid from its column menu (the header's corner button), kept in the
 * library's settings so that the next window shows the same columns. At a laptop's width every column shown leaves
 * the question less room: hiding Judgment and Opts on data that has neither gives it back.
 */
public final class HiddenColumns {
    static final String KEY = "table.hidden-columns";

    private HiddenColumns() {}

    /**
     * Applies the saved choice to the table's columns as they are now (a feature's column that shows itself, such as
     * the judge's, is not among them) and saves each later change, both off the FX thread.
     */
    public static void keep(TableView<?> table, Settings settings, Tasks tasks, Notifier notifier) {
        List<? extends TableColumn<?, ?>> columns = List.copyOf(table.getColumns());
        AtomicReference<String> latest = new AtomicReference<>();
        tasks.run("Reading the table's columns", progress -> hidden(settings.get(KEY).orElse("")), hidden -> {
            for (TableColumn<?, ?> column : columns) {
                column.setVisible(!hidden.contains(column.getId()));
            }
            for (TableColumn<?, ?> column : columns) {
                column.visibleProperty().addListener((obs, was, now) -> save(columns, latest, settings, tasks, notifier));
            }
        }, failure -> notifier.unexpected("Reading the table's columns", failure));
    }

    /** Saves the choice as it is when the write runs, under a lock: whichever write runs last writes the last choice. */
    private static void save(List<? extends TableColumn<?, ?>> columns, AtomicReference<String> latest, Settings settings,
                             Tasks tasks, Notifier notifier) {
        latest.set(columns.stream().filter(column -> !column.isVisible()).map(TableColumn::getId)
                .collect(Collectors.joining(",")));
        tasks.run("Saving the table's columns", progress -> {
            synchronized (latest) {
                settings.set(KEY, latest.get());
            }
            return null;
        }, saved -> {}, failure -> notifier.unexpected("Saving the table's columns", failure));
    }

    static Set<String> hidden(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    }
}
