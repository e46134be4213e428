package org.trajectorystudio.app.export;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.trajectorystudio.app.cli.StudioVersion;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;

/** File → Export training set… (Ctrl+Shift+X): the export dialog over the table's query or the whole library. */
public final class ExportFeature implements StudioFeature {
    private ExportDialog dialog;

    @Override
    public void install(WindowContext context) {
        MenuItem item = new MenuItem("Export training set…", new FontIcon(Material2AL.ARCHIVE));
        item.setId("menu-export");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+X"));
        item.setOnAction(event -> open(context));
        Menu file = context.menu("File");
        int separator = file.getItems().stream().filter(SeparatorMenuItem.class::isInstance).findFirst()
                .map(file.getItems()::indexOf).orElse(file.getItems().size());
        file.getItems().add(separator, item);
        context.describeShortcut("Ctrl+Shift+X", "export a training set");
    }

    /** Reads the last choices off the FX thread, then shows the dialog (one per window, reused). */
    private void open(WindowContext context) {
        context.tasks().run("Reading export settings", progress -> ExportChoices.load(context.library().settings()), choices -> {
            if (dialog == null) {
                dialog = new ExportDialog(context.scene().getWindow(), context.library(), context.tasks(),
                        () -> context.browser().query(), StudioVersion.current(), context.files());
            }
            dialog.show(choices);
        }, failure -> context.notifier().unexpected("Opening the export dialog", failure));
    }

    /** The dialog once it was opened; for tests. */
    public ExportDialog dialog() {
        return dialog;
    }
}
