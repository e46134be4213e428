package org.trajectorystudio.app.preview;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;

/**
 * Local model preview: the "Preview" inspector tab (key P), "Add as candidate" and "Generate N candidates" for HAS
 * expansion, and Tools → "Plan a question…" for FAS planning. The engine stays loaded while its settings stay the same
 * and is closed with the window.
 */
public final class PreviewFeature implements StudioFeature {
    private final java.util.function.Supplier<org.trajectorystudio.app.curation.CurationActions> curation;

    /** @param curation the window's curation actions: added candidates are a revision Undo takes back like any edit */
    public PreviewFeature(java.util.function.Supplier<org.trajectorystudio.app.curation.CurationActions> curation) {
        this.curation = curation;
    }

    @Override
    public void install(WindowContext context) {
        PreviewSession session = new PreviewSession(context.library());
        session.form().useFileDialogs(context::files);
        PreviewPanel panel = new PreviewPanel(context, session, curation);
        Tab tab = new Tab("Preview", panel.view());
        tab.setId("preview-tab");
        tab.setGraphic(new FontIcon(Material2MZ.PSYCHOLOGY));
        context.addInspectorTab(tab);
        context.onKey("p", () -> {
            context.showInspectorTab(tab);
            panel.preview();
        });
        context.describeShortcut("P", "preview the selected step with a local model");

        PlanDialog[] dialog = new PlanDialog[1];
        MenuItem plan = new MenuItem("Plan a question…");
        plan.setId("menu-plan-question");
        plan.setOnAction(event -> {
            if (dialog[0] == null) {
                dialog[0] = new PlanDialog(context, session);
            }
            dialog[0].show();
        });
        context.menu("Tools").getItems().add(plan);

        context.tasks().run("Read preview settings", work -> session.remembered(), session.form()::show,
                failure -> {
                    session.form().show(PreviewSettings.defaults());
                    context.notifier().problem("Preview settings could not be read: " + PreviewErrors.line(failure));
                });
        context.scene().windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
                    panel.stop();
                    // closing waits briefly for a running completion: never on the FX thread
                    Thread.ofVirtual().name("close preview engine").start(session::close);
                });
            }
        });
    }
}
