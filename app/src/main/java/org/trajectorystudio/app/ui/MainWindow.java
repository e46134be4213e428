package org.trajectorystudio.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.trajectorystudio.app.importing.ImportController;
import org.trajectorystudio.app.importing.RecentFiles;
import org.trajectorystudio.app.library.BrowserModel;
import org.trajectorystudio.app.library.FilterBar;
import org.trajectorystudio.app.library.LibraryPane;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.app.trajectory.SampleViewer;
import org.trajectorystudio.app.trajectory.TrajectoryPane;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The studio window: library pane | (filter bar + sample table) over the trajectory pane, a status bar with task
 * progress, and a help overlay. Everything the window does to the library runs through {@link Tasks}.
 */
public final class MainWindow {
    private final BrowserModel browser;
    private final ImportController importer;
    private final SampleTable table;
    private final FilterBar filterBar;
    private final TrajectoryPane trajectory = new TrajectoryPane();
    private final HelpOverlay help = new HelpOverlay(Shortcuts.ALL);
    private final Scene scene;
    private final Tasks tasks;
    private final Library library;
    private final StatusNotifier notifier;
    private final Menu recentMenu = new Menu("Open recent");
    private final Selection selection = new Selection();
    private final TabPane inspector = new TabPane();
    private final MenuBar menuBar;
    private final java.util.Map<String, Runnable> keys = new java.util.HashMap<>();
    private final SampleViewer viewer;
    private Theme theme = Theme.LIGHT;
    private FileDialogs files = FileDialogs.NATIVE;
    private Dialogs dialogs = Dialogs.FX;

    /** @param onReport shows an import's rejected and repaired lines (a dialog in the studio) */
    public MainWindow(Library library, Tasks tasks, StatusNotifier notifier, Consumer<ImportResult> onReport) {
        this(library, tasks, notifier, onReport, List.of());
    }

    /** @param features the parts that plug in their own menus, keys and inspector tabs, installed in this order */
    public MainWindow(Library library, Tasks tasks, StatusNotifier notifier, Consumer<ImportResult> onReport,
            List<StudioFeature> features) {
        this.library = library;
        this.tasks = tasks;
        this.notifier = notifier;
        this.browser = new BrowserModel(library, tasks, notifier);
        this.table = new SampleTable(browser);
        org.trajectorystudio.app.library.HiddenColumns.keep(table, library.settings(), tasks, notifier);
        // The detail marks what the table is searched for: the words by the search's own rule.
        browser.textProperty().addListener((obs, old, text) -> trajectory.detail().markSearchWords(
                org.trajectorystudio.persistence.search.Terms.ofQuery(text == null ? "" : text)));
        this.filterBar = new FilterBar(browser);
        this.importer = new ImportController(library, tasks, notifier, this::refresh, onReport);
        importer.askWith(() -> dialogs, () -> scene().getWindow());
        this.viewer = new SampleViewer(library, tasks, notifier, trajectory, selection::showSample);
        this.watcher = new org.trajectorystudio.app.library.LibraryWatcher(library,
                org.trajectorystudio.app.library.LibraryWatcher.onAnyChange(this::changedElsewhere, this::refresh));
        table.currentIdProperty().addListener((obs, old, id) -> {
            selection.showRow(id);
            viewer.show(id);
        });
        table.selectedIds().addListener((javafx.collections.ListChangeListener<String>) change ->
                selection.selectRows(List.copyOf(table.selectedIds())));
        trajectory.tree().getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                selection.nodeProperty().set(item == null ? NodeRef.SAMPLE : item.getValue().ref()));

        VBox listArea = new VBox(filterBar, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane center = new SplitPane(listArea, trajectory);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.38);
        inspector.setId("inspector");
        inspector.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panes = new PaneLayout(new LibraryPane(browser), center, inspector);

        BorderPane root = new BorderPane(panes.node());
        root.setId("studio-root");
        menuBar = menuBar();
        root.setTop(menuBar);
        root.setBottom(new StatusBar(notifier, tasks));
        StackPane layers = new StackPane(root, help);
        scene = ScreenFit.scene(layers, 1440, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        installKeys();
        installDragAndDrop();
        WindowContext context = new Context();
        features.forEach(feature -> feature.install(context));
    }

    private final PaneLayout panes;

    /**
     * A tab behind the first one gets its content when it is first selected: a hidden tab's nodes are still styled
     * and laid out, and the Preview tab alone was a quarter of the nodes the first frame had to style.
     */
    private static void joinWhenFirstShown(Tab tab) {
        Node content = tab.getContent();
        if (content == null) {
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    selected.removeListener(this);
                    if (tab.getContent() == null) { // unless its feature gave it other content meanwhile
                        tab.setContent(content);
                    }
                }
            }
        });
    }

    /** The window as its features see it. */
    private final class Context implements WindowContext {
        @Override
        public Library library() {
            return library;
        }

        @Override
        public Tasks tasks() {
            return tasks;
        }

        @Override
        public StatusNotifier notifier() {
            return notifier;
        }

        @Override
        public Selection selection() {
            return selection;
        }

        @Override
        public BrowserModel browser() {
            return browser;
        }

        @Override
        public TrajectoryPane trajectory() {
            return trajectory;
        }

        @Override
        public Scene scene() {
            return scene;
        }

        @Override
        public Menu menu(String title) {
            for (Menu menu : menuBar.getMenus()) {
                if (menu.getText().equals(title)) {
                    return menu;
                }
            }
            Menu menu = new Menu(title);
            menu.setId("menu-" + title.toLowerCase(java.util.Locale.ROOT));
            menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu);
            return menu;
        }

        @Override
        public void addInspectorTab(Tab tab) {
            if (!inspector.getTabs().isEmpty()) {
                joinWhenFirstShown(tab);
            }
            inspector.getTabs().add(tab);
            panes.inspectorHasTabs();
        }

        @Override
        public void showInspectorTab(Tab tab) {
            inspector.getSelectionModel().select(tab);
        }

        @Override
        public void onKey(String character, Runnable action) {
            if (keys.putIfAbsent(character, action) != null || character.equals("j") || character.equals("k") || character.equals("?")) {
                throw new IllegalStateException("the key '" + character + "' is bound twice");
            }
        }

        @Override
        public void describeShortcut(String keys, String action) {
            help.add(new HelpOverlay.Shortcut(keys, action));
        }

        @Override
        public void refreshSample() {
            String id = selection.sampleId();
            if (id != null) {
                viewer.reload();
                browser.refreshRow(id);
            }
            browser.refreshSources();
        }

        @Override
        public void showSample(String sampleId) {
            int index = browser.indexOf(sampleId);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            } else {
                table.getSelectionModel().clearSelection();
                selection.showRow(sampleId);
                viewer.show(sampleId);
            }
        }

        @Override
        public void refreshAll() {
            refresh();
        }

        @Override
        public FileDialogs files() {
            return files;
        }

        @Override
        public Dialogs dialogs() {
            return dialogs;
        }
    }

    /** Loads the first rows and the library pane; imports the bundled samples into an empty library. */
    public void start() {
        restoreLayout();
        refresh();
        importer.importBundledIfEmpty();
        refreshRecent();
        watcher.start(java.time.Duration.ofSeconds(1));
    }

    /** Stops watching the library for other processes' writes (the window is closing). */
    public void stop() {
        watcher.close();
    }

    /** What another process (a CLI beside the window) wrote: its rows, the shown sample, the counts. */
    private final org.trajectorystudio.app.library.LibraryWatcher watcher;

    private void changedElsewhere(List<String> curated) {
        if (curated == null) {
            refresh();
            return;
        }
        curated.forEach(browser::refreshRow);
        if (curated.contains(selection.sampleId())) {
            // Its curation (the Curate tab); the tree stays as it is, with the node the curator has selected.
            selection.curationChanged();
        }
        browser.refreshSources();
    }

    public Scene scene() {
        return scene;
    }

    public void importFiles(List<Path> files) {
        importer.importFiles(files);
    }

    private void refresh() {
        browser.reload();
        browser.refreshSources();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> chooseFiles());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> ((Stage) scene.getWindow()).close());
        Menu file = new Menu("File", null, open, recentMenu, new SeparatorMenuItem(), quit);

        MenuItem expand = new MenuItem("Expand tree");
        expand.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        expand.setOnAction(event -> trajectory.tree().expandAll());
        MenuItem collapse = new MenuItem("Collapse tree");
        collapse.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        collapse.setOnAction(event -> trajectory.tree().collapseAll());
        MenuItem find = new MenuItem("Find in text");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(event -> trajectory.detail().showFind());
        MenuItem filter = new MenuItem("Filter samples");
        filter.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        filter.setOnAction(event -> filterBar.focusSearch());
        MenuItem dark = new MenuItem("Light / dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        dark.setOnAction(event -> {
            theme = theme.other();
            theme.apply();
        });
        javafx.scene.control.CheckMenuItem libraryPane = paneToggle("menu-view-library", "Library pane", "Shortcut+1",
                panes.libraryShownProperty(), PaneLayout.LIBRARY_SETTING);
        javafx.scene.control.CheckMenuItem inspectorDock = paneToggle("menu-view-inspector", "Inspector dock", "Shortcut+2",
                panes.inspectorShownProperty(), PaneLayout.INSPECTOR_SETTING);
        Menu view = new Menu("View", null, filter, find, expand, collapse, new SeparatorMenuItem(), libraryPane, inspectorDock,
                new SeparatorMenuItem(), dark);

        MenuItem shortcuts = new MenuItem("Keyboard shortcuts  (?)");
        shortcuts.setOnAction(event -> help.toggle());
        Menu helpMenu = new Menu("Help", null, shortcuts);
        MenuBar bar = new MenuBar(file, view, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    /** A View-menu check item that shows or hides a side pane, and remembers the choice in the library's settings. */
    private javafx.scene.control.CheckMenuItem paneToggle(String id, String text, String accelerator,
            javafx.beans.property.BooleanProperty shown, String setting) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(shown);
        item.setOnAction(event -> {
            String value = Boolean.toString(shown.get());
            tasks.run("Remembering the layout", progress -> {
                library.settings().set(setting, value);
                return null;
            }, done -> {}, failure -> notifier.unexpected("Remembering the layout", failure));
        });
        return item;
    }

    /** The side panes as the curator left them (read off the FX thread; shown until then). */
    private void restoreLayout() {
        tasks.run("Reading the layout", progress -> java.util.List.of(
                library.settings().get(PaneLayout.LIBRARY_SETTING).orElse("true"),
                library.settings().get(PaneLayout.INSPECTOR_SETTING).orElse("true")), shown -> {
            panes.libraryShownProperty().set(Boolean.parseBoolean(shown.get(0)));
            panes.inspectorShownProperty().set(Boolean.parseBoolean(shown.get(1)));
        }, failure -> notifier.unexpected("Reading the layout", failure));
    }

    /** Answers the window's file questions with {@code dialogs} instead of the platform's choosers (tests). */
    public void useFileDialogs(FileDialogs dialogs) {
        this.files = dialogs;
    }

    /** Answers the window's questions (confirmations, choices, prompts, forms) with {@code dialogs} (tests). */
    public void useDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    private void chooseFiles() {
        List<Path> chosen = files.openMany(scene.getWindow(), FileDialogs.Request.open("Open trajectories", null,
                FileDialogs.Filter.of("Trajectories", "*.jsonl", "*.json", "*.jsonl.txt", "*.gz", "*.zst", "*.eval", "*.traj",
                        "*.parquet"), FileDialogs.Filter.ALL));
        if (!chosen.isEmpty()) {
            importFiles(chosen);
            refreshRecent();
        }
    }

    private void refreshRecent() {
        tasks.run("Reading recent files", progress -> new RecentFiles(library.settings()).list(), files -> {
            recentMenu.getItems().setAll(files.stream().map(path -> {
                MenuItem item = new MenuItem(path.toString());
                item.setOnAction(event -> importFiles(List.of(path)));
                return item;
            }).toList());
            recentMenu.setDisable(files.isEmpty());
        }, failure -> notifier.unexpected("Reading recent files", failure));
    }

    /** Single-letter keys act only when no text field has the focus, so typing a filter never jumps samples. */
    private void installKeys() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && help.isVisible()) {
                help.setVisible(false);
                event.consume();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (typingInText() || event.isControlDown() || event.isMetaDown()) {
                return;
            }
            switch (event.getCharacter()) {
                case "j" -> table.moveSelection(1);
                case "k" -> table.moveSelection(-1);
                case "?" -> help.toggle();
                default -> {
                    Runnable action = keys.get(event.getCharacter());
                    if (action == null) {
                        return;
                    }
                    action.run();
                }
            }
            event.consume();
        });
    }

    private boolean typingInText() {
        return scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl;
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    public BrowserModel browser() {
        return browser;
    }

    public TrajectoryPane trajectory() {
        return trajectory;
    }

    public Selection selection() {
        return selection;
    }
}
