package org.trajectorystudio.app.library;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollBar;
import org.trajectorystudio.app.ui.OneLine;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import org.trajectorystudio.persistence.query.SampleSummary;
import org.trajectorystudio.persistence.query.Sort;
import org.trajectorystudio.persistence.query.SortColumn;

/**
 * The sample list. Sorting is done by the library (a click on a header re-queries), and the next keyset page is
 * fetched when the view nears the end of the rows loaded so far.
 */
public final class SampleTable extends TableView<SampleSummary> {
    private final BrowserModel model;
    private final Map<TableColumn<SampleSummary, ?>, SortColumn> sortColumns = new java.util.HashMap<>();

    private final ReadOnlyObjectWrapper<String> currentId = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> selectedIds = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: an unmodifiable view listens to its list weakly, so a view made per call was
     * collected with its listeners and the window stopped hearing of multi-row selections (C compared nothing).
     */
    private final ObservableList<String> selectedIdsView = FXCollections.unmodifiableObservableList(selectedIds);
    /** Set while the rows change under the selection (a row re-read or dropped), so nobody sees the flicker. */
    private boolean rowsChanging;
    private boolean advanced;
    private int indexBefore = -1;
    private List<String> idsBefore = List.of();

    public SampleTable(BrowserModel model) {
        this.model = model;
        // Registered before the selection model's own listener (which the items below bring), and the other after it:
        // a replaced row otherwise loses its selection (the model looks for the old record) and row 1 gets it.
        model.rows().addListener((ListChangeListener<SampleSummary>) change -> {
            rowsChanging = true;
            indexBefore = getSelectionModel().getSelectedIndex();
            idsBefore = List.copyOf(selectedIds);
        });
        setItems(model.rows());
        setId("sample-table");
        // Several rows at once: compare two samples, curate a batch.
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The header's corner button lists the columns to show or hide (HiddenColumns keeps the choice).
        setTableMenuButtonVisible(true);
        getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        setPlaceholder(new javafx.scene.control.Label("No samples match. Open a file (Ctrl+O) or change the filter."));
        TableColumn<SampleSummary, String> question = column("Question", SortColumn.QUESTION, 300,
                s -> OneLine.of(s.question(), QUESTION_CHARS));
        getColumns().addAll(
                column("Kind", SortColumn.KIND, 94, s -> kindLabel(s.kind())),
                question,
                count(column("Steps", SortColumn.STEPS, 52, s -> grouped(s.steps()))),
                count(column("Calls", SortColumn.TOOL_CALLS, 48, s -> grouped(s.toolCalls()))),
                count(column("Opts", SortColumn.CANDIDATES, 52, s -> grouped(s.candidates()))),
                count(column("Tokens", SortColumn.TOKENS, 68, s -> grouped(s.tokens()))),
                column("Judgment", SortColumn.JUDGMENT, 80, s -> s.judgment().wireName()),
                // Five stars whole (at 76 px they read "★★★…", a 5 that looked like a 3).
                column("Rating", SortColumn.RATING, 90, s -> s.rating() == null ? "" : "★".repeat(s.rating())),
                column("Verdict", SortColumn.VERDICT, 94, s -> s.verdict() == null ? "" : s.verdict().wireName()),
                column("Labels", SortColumn.LABELS, 68, s -> String.join(", ", s.labels())),
                FlagColumn.create(model.flagSettingsProperty()));
        fillWithQuestion(question);
        question.setCellFactory(column -> new QuestionCell());
        setSortPolicy(table -> {
            applySort();
            return true;
        });
        model.rows().addListener((ListChangeListener<SampleSummary>) change -> {
            hookScrollBar();
            restoreSelection(isReload(change));
            rowsChanging = false;
            publishSelection();
        });
        getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) change -> {
            if (!rowsChanging) {
                advanced = false;
                publishSelection();
            }
        });
    }

    /**
     * True while the selected row is the one that took the place of a row that left the list (the queue advanced):
     * the next unrated sample may then be this very row.
     */
    public boolean advanced() {
        return advanced;
    }

    /** The id of the row the curator is on (the selected one), stable while rows are re-read. */
    public ReadOnlyObjectProperty<String> currentIdProperty() {
        return currentId.getReadOnlyProperty();
    }

    /** Ids of the selected rows in table order, stable while rows are re-read. */
    public ObservableList<String> selectedIds() {
        return selectedIdsView;
    }

    private static boolean isReload(ListChangeListener.Change<? extends SampleSummary> change) {
        while (change.next()) {
            if (change.getFrom() == 0 && change.getAddedSize() == change.getList().size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the rows changed: the rows selected before stay selected where they still are; when the selected row left
     * (a judged sample that no longer matches the queue) the row that took its place is selected, as in any queue;
     * after a new query the first row, scrolled to the top. Otherwise the scroll position is left alone.
     */
    private void restoreSelection(boolean reload) {
        List<SampleSummary> items = getItems();
        List<Integer> still = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (idsBefore.contains(items.get(i).id())) {
                still.add(i);
            }
        }
        if (!still.isEmpty()) {
            if (!still.equals(getSelectionModel().getSelectedIndices())) {
                int focus = still.contains(indexBefore) ? indexBefore : still.getLast();
                getSelectionModel().clearSelection();
                still.stream().filter(i -> i != focus).forEach(getSelectionModel()::select);
                getSelectionModel().select(focus);
            }
        } else if (!items.isEmpty() && (getSelectionModel().isEmpty() || !idsBefore.isEmpty())) {
            // Show a sample as soon as there is one, so the window is never an empty frame.
            // A new query starts at its top (its first row, selected, was above the kept scroll position); a row that
            // left the queue gives its place to the next.
            boolean fromTop = reload || indexBefore < 0;
            getSelectionModel().clearAndSelect(fromTop ? 0 : Math.min(indexBefore, items.size() - 1));
            advanced = !fromTop;
            if (fromTop) {
                scrollTo(0);
            }
        }
    }

    private void publishSelection() {
        List<String> ids = getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(SampleSummary::id).toList();
        if (!ids.equals(selectedIds)) {
            selectedIds.setAll(ids);
        }
        SampleSummary row = getSelectionModel().getSelectedItem();
        currentId.set(row == null ? null : row.id());
    }

    /** The table's kind names, as the filter chips say them (the wire names are longer than the column). */
    static String kindLabel(org.trajectorystudio.model.sample.SampleKind kind) {
        return switch (kind) {
            case TRAJECTORY -> "Trajectory";
            case FAS_PLANNING -> "FAS plan";
            case FAS_REASONING -> "FAS reason";
            case HAS_DECISION -> "HAS";
        };
    }

    /**
     * The question takes whatever width the other columns leave, so that every column shows without a horizontal
     * scroll bar at the default window size; below its minimum the table scrolls.
     */
    private void fillWithQuestion(TableColumn<SampleSummary, String> question) {
        question.setMinWidth(QUESTION_MIN_WIDTH);
        question.setResizable(false); // its width follows the others: drag theirs
        Runnable bind = () -> {
            List<TableColumn<SampleSummary, ?>> others = getColumns().stream().filter(c -> c != question).toList();
            List<javafx.beans.Observable> inputs = new java.util.ArrayList<>(List.of(widthProperty()));
            others.forEach(c -> inputs.addAll(List.of(c.widthProperty(), c.visibleProperty())));
            // 18 px for the vertical scroll bar and the borders.
            question.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(QUESTION_MIN_WIDTH,
                    getWidth() - others.stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum() - 18),
                    inputs.toArray(javafx.beans.Observable[]::new)));
        };
        bind.run();
        getColumns().addListener((ListChangeListener<TableColumn<SampleSummary, ?>>) change -> bind.run()); // a feature's column
    }

    /** The question on one line; hovering shows it as written (the start of it, for a whole GitHub issue). */
    private static final class QuestionCell extends javafx.scene.control.TableCell<SampleSummary, String> {
        private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

        QuestionCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(640);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            SampleSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : line);
            if (row == null || row.question() == null || row.question().isBlank()) {
                setTooltip(null);
                return;
            }
            whole.setText(QuestionTooltip.text(row.question()));
            setTooltip(whole);
        }
    }

    static final double QUESTION_MIN_WIDTH = 150;
    /** More than the widest column shows; the cell ellipsizes the rest. */
    private static final int QUESTION_CHARS = 400;


    private <T> TableColumn<SampleSummary, T> column(String title, SortColumn sort, double width, Function<SampleSummary, T> value) {
        TableColumn<SampleSummary, T> column = new TableColumn<>(title);
        column.setId("column-" + sort.name().toLowerCase(java.util.Locale.ROOT));
        // Never narrower than its header's words (a bold label and the sort arrow): no "St…" at any window size.
        double header = HeaderWidth.of(title);
        column.setPrefWidth(Math.max(width, header));
        column.setMinWidth(header);

        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        sortColumns.put(column, sort);
        return column;
    }

    /** Counts read as the token bar writes them (17,717) and line up on the right, digits under digits. */
    private static String grouped(int count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    private static <T> TableColumn<SampleSummary, T> count(TableColumn<SampleSummary, T> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Turns the header the user clicked into the library's sort; the rows come back already ordered. */
    private void applySort() {
        if (getSortOrder().isEmpty()) {
            model.sortProperty().set(Sort.IMPORT_ORDER);
            return;
        }
        TableColumn<SampleSummary, ?> column = getSortOrder().getFirst();
        SortColumn sortColumn = sortColumns.get(column);
        model.sortProperty().set(column.getSortType() == TableColumn.SortType.DESCENDING
                ? Sort.descending(sortColumn) : Sort.ascending(sortColumn));
    }

    private boolean hooked;

    private void hookScrollBar() {
        if (hooked) {
            return;
        }
        for (javafx.scene.Node node : lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, old, value) -> {
                    if (value.doubleValue() > bar.getMax() * 0.9) {
                        model.loadMore();
                    }
                });
                hooked = true;
            }
        }
    }

    /** Moves the selection by {@code delta} rows (J/K), fetching the next page at the end. */
    public void moveSelection(int delta) {
        int size = getItems().size();
        if (size == 0) {
            return;
        }
        int current = getSelectionModel().getSelectedIndex();
        int target = current < 0 ? 0 : Math.max(0, Math.min(size - 1, current + delta));
        getSelectionModel().clearAndSelect(target);
        scrollTo(Math.max(0, target - 3));
        if (target >= size - 5) {
            model.loadMore();
        }
    }
}
