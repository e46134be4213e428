package org.trajectorystudio.app.curation;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import org.trajectorystudio.app.library.SampleTable;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.persistence.curation.Verdict;

/** Judging, editing, revisions and undo: the Curate tab, the Curate menu and the curation keys. */
public final class CurationFeature implements StudioFeature {
    private static final String TAB_KEY = "curation-tab";
    private CurationActions actions;

    @Override
    public void install(WindowContext context) {
        CurationPanel panel = new CurationPanel(context);
        actions = panel.actions();
        Tab tab = new Tab("Curate", panel);
        tab.setId(TAB_KEY);
        panel.getProperties().put(TAB_KEY, tab);
        context.addInspectorTab(tab);

        for (int score = 1; score <= 5; score++) {
            int value = score;
            context.onKey(String.valueOf(score), () -> panel.rate(value));
        }
        bindLetter(context, "a", () -> panel.verdict(Verdict.ACCEPTED));
        bindLetter(context, "r", () -> panel.verdict(Verdict.REJECTED));
        bindLetter(context, "e", () -> panel.verdict(Verdict.NEEDS_EDIT));
        bindLetter(context, "l", () -> {
            context.showInspectorTab(tab);
            panel.focusLabel();
        });
        // The table is looked up when N is pressed: before the window is shown its split pane has no skin to search.
        NextUnrated next = new NextUnrated(context.browser(),
                () -> (SampleTable) context.scene().lookup("#sample-table"), context.notifier());
        // After the writes asked for before it: N after A must not offer the sample A just took out of the queue.
        bindLetter(context, "n", () -> actions.afterPending(next::jump));

        // Enter on a tree node and F2 anywhere outside a text field open the editor; a filter, because the tree
        // takes F2 for its own (unused) cell editing.
        context.scene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean typing = context.scene().getFocusOwner() instanceof TextInputControl;
            boolean onTree = context.scene().getFocusOwner() == context.trajectory().tree();
            if (!typing && (event.getCode() == KeyCode.F2 || event.getCode() == KeyCode.ENTER && onTree && !event.isShortcutDown())) {
                panel.editSelected();
                event.consume();
            }
        });

        installMenu(context, panel);
        context.describeShortcut("1 – 5", "rate the selected node (sample, step or option)");
        context.describeShortcut("A / R / E", "verdict accepted / rejected / needs-edit");
        context.describeShortcut("N", "next sample without a rating");
        context.describeShortcut("L", "add a label");
        context.describeShortcut("Enter / F2", "edit the selected node (Ctrl+Enter saves, Esc cancels)");
        context.describeShortcut("Ctrl+Z / Ctrl+Shift+Z", "undo / redo a rating, verdict, label or edit");
    }

    /**
     * The window's curation actions and their undo history, for features that edit a sample too (the candidate
     * comparison promotes an option); null before {@link #install}.
     */
    public CurationActions actions() {
        return actions;
    }

    static Tab tabOf(CurationPanel panel) {
        return (Tab) panel.getProperties().get(TAB_KEY);
    }

    private static void bindLetter(WindowContext context, String letter, Runnable action) {
        context.onKey(letter, action);
        context.onKey(letter.toUpperCase(java.util.Locale.ROOT), action);
    }

    private static void installMenu(WindowContext context, CurationPanel panel) {
        Menu menu = context.menu("Curate");
        MenuItem edit = item("menu-curate-edit", "Edit…", null, panel::editSelected);
        MenuItem undo = item("menu-undo", "Undo", "Shortcut+Z", panel.actions()::undo);
        undo.textProperty().bind(panel.actions().undoTextProperty().map(text -> text.isEmpty() ? "Undo" : text));
        MenuItem redo = item("menu-redo", "Redo", "Shortcut+Shift+Z", panel.actions()::redo);
        redo.textProperty().bind(panel.actions().redoTextProperty().map(text -> text.isEmpty() ? "Redo" : text));
        java.util.List<MenuItem> options = java.util.List.of(
                item("menu-promote", "Make option chosen", null, panel::promote),
                item("menu-duplicate", "Duplicate option", null, panel::duplicate),
                item("menu-delete-option", "Delete option", null, panel::deleteCandidate),
                item("menu-option-up", "Move option up", null, () -> panel.moveCandidate(-1)),
                item("menu-option-down", "Move option down", null, () -> panel.moveCandidate(1)));
        // Option actions act on a HAS option: on a plain trajectory, or with no option selected, there is none.
        javafx.beans.binding.BooleanBinding noOption = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !onOption(context), context.selection().nodeProperty(), context.selection().sampleProperty());
        options.forEach(option -> option.disableProperty().bind(noOption));
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), edit);
        menu.getItems().addAll(options);
    }

    /** The selected node is an option of a step of the shown sample. */
    static boolean onOption(WindowContext context) {
        var sample = context.selection().sample();
        var node = context.selection().node();
        return sample != null && node != null && node.isCandidate() && node.step() < sample.steps().size()
                && node.candidate() < sample.steps().get(node.step()).candidates().size();
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
