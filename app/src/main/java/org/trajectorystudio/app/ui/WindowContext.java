package org.trajectorystudio.app.ui;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import org.trajectorystudio.app.library.BrowserModel;
import org.trajectorystudio.app.trajectory.TrajectoryPane;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.library.Library;

/** What the main window offers its features: services, the selection, and places to add menus, keys and tabs. */
public interface WindowContext {
    Library library();

    /** Runs library work off the FX thread; see {@link Tasks}. */
    Tasks tasks();

    StatusNotifier notifier();

    Selection selection();

    BrowserModel browser();

    TrajectoryPane trajectory();

    Scene scene();

    /** The menu with this title, created (before Help) when it is new: "Curate", "Tools"… */
    Menu menu(String title);

    /** Adds a tab to the inspector dock on the right of the trajectory. */
    void addInspectorTab(Tab tab);

    /** Selects an inspector tab that was added before. */
    void showInspectorTab(Tab tab);

    /**
     * Binds a single character typed with no modifier ("a", "1", "N"…) while no text field has the focus. The
     * character is case-sensitive.
     */
    void onKey(String character, Runnable action);

    /** Lists a shortcut in the help overlay. */
    void describeShortcut(String keys, String action);

    /** Re-reads the shown sample (after a new revision), its table row and the library pane's counts. */
    void refreshSample();

    /**
     * Selects the sample's row and scrolls to it; a sample the table does not list is shown in the trajectory pane
     * with no row selected.
     */
    void showSample(String sampleId);

    /** Re-runs the table's query and the library pane's counts (after many samples changed). */
    void refreshAll();

    /** Where the window asks for files (Open, Save, Choose…): the platform's choosers, or a test's answers. */
    FileDialogs files();

    /** Where the window asks a question (confirm, choose one, a line of text, a feature's form): dialogs, or a test's answers. */
    Dialogs dialogs();
}
