package org.trajectorystudio.app.agreement;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.trajectorystudio.app.ui.FileDialogs;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;

/**
 * Several curators: Curate → "Annotator agreement…" (alpha, kappa and the disagreements, which open as a review
 * queue), "Export my log…" and "Import a curator's log…".
 */
public final class AgreementFeature implements StudioFeature {
    private WindowContext context;
    private AgreementViewModel model;
    private Stage stage;
    private CuratorLogActions logs;

    @Override
    public void install(WindowContext context) {
        this.context = context;
        this.model = new AgreementViewModel(context.library(), context.tasks(), context.notifier(), context.browser());
        this.logs = new CuratorLogActions(context, () -> {
            if (stage != null && stage.isShowing()) {
                model.load();
            }
        });

        MenuItem agreement = new MenuItem("Annotator agreement…", new FontIcon(Material2MZ.PEOPLE));
        agreement.setId("menu-agreement");
        agreement.setOnAction(event -> showAgreement());
        MenuItem export = new MenuItem("Export my log…", new FontIcon(Material2AL.FILE_UPLOAD));
        export.setId("menu-export-log");
        // The annotator's name (a setting in H2) is read off the FX thread, then the chooser is shown with it.
        export.setOnAction(event -> context.tasks().run("Reading the annotator", progress -> context.library().curation().annotator(),
                me -> context.files().save(context.scene().getWindow(), FileDialogs.Request.save("Export my curation log", null,
                        me + "-curation.jsonl", FileDialogs.Filter.JSONL, FileDialogs.Filter.ALL)).ifPresent(logs::export), failure -> context.notifier().problem("Cannot read the annotator: " + failure.getMessage())));
        MenuItem importLog = new MenuItem("Import a curator's log…", new FontIcon(Material2AL.GET_APP));
        importLog.setId("menu-import-log");
        importLog.setOnAction(event -> context.files().open(context.scene().getWindow(),
                FileDialogs.Request.open("Import a curator's log", null, FileDialogs.Filter.JSONL, FileDialogs.Filter.ALL))
                .ifPresent(logs::importLog));
        var menu = context.menu("Curate");
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(agreement, export, importLog);
    }

    /** Opens (or brings forward) the agreement window with fresh figures. */
    public void showAgreement() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Annotator agreement");
            stage.initOwner(context.scene().getWindow());
            Scene scene = org.trajectorystudio.app.ui.ScreenFit.scene(org.trajectorystudio.app.ui.Closable.withCloseButton(new AgreementView(model), stage), 900, 560);
            scene.getStylesheets().setAll(context.scene().getStylesheets());
            stage.setScene(scene);
            org.trajectorystudio.app.ui.Closable.escapeCloses(stage);
        }
        model.load();
        stage.show();
        stage.toFront();
    }

    public AgreementViewModel model() {
        return model;
    }

    /** What the export and import menu items run once a file is chosen. */
    public CuratorLogActions logs() {
        return logs;
    }

}
