package org.trajectorystudio.app.agreement;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.persistence.agreement.AgreementReport;
import org.trajectorystudio.persistence.agreement.AgreementService;
import org.trajectorystudio.persistence.agreement.Disagreement;

/** Alpha and kappa with what they were computed on, and the table of samples the annotators disagree on. */
public final class AgreementView extends BorderPane {
    private final Label alpha = figure("agreement-alpha");
    private final Label kappa = figure("agreement-kappa");
    private final Label annotators = figure("agreement-annotators");
    private final Label items = figure("agreement-items");
    private final Label pairs = new Label();
    private final Label count = new Label();

    public AgreementView(AgreementViewModel model) {
        setId("agreement-view");
        getStyleClass().add("agreement-view");
        setPadding(new Insets(12));

        GridPane figures = new GridPane();
        figures.getStyleClass().add("agreement-figures");
        figures.setHgap(16);
        figures.setVgap(4);
        figures.addRow(0, caption("Krippendorff's alpha (ratings, ordinal)"), alpha);
        figures.addRow(1, caption("Cohen's kappa (verdicts)"), kappa);
        figures.addRow(2, caption("Annotators"), annotators);
        figures.addRow(3, caption("Items (samples judged by two or more)"), items);
        pairs.setId("agreement-pairs");
        pairs.getStyleClass().add("agreement-pairs");
        pairs.setWrapText(true);

        TableView<Disagreement> table = new TableView<>(model.disagreements());
        table.setId("agreement-disagreements");
        table.setPlaceholder(new Label("No disagreements"));
        table.getColumns().add(column("Sample", 110, d -> d.sampleId().length() > 12 ? d.sampleId().substring(0, 12) + "…" : d.sampleId()));
        table.getColumns().add(column("Question", 360, d -> org.trajectorystudio.app.ui.OneLine.of(d.question(), 400)));
        table.getColumns().add(column("Ratings", 150, d -> Disagreement.describe(d.ratings())));
        table.getColumns().add(column("Verdicts", 220, d -> Disagreement.describe(d.verdicts())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button review = new Button("Review disagreements", new FontIcon(Material2MZ.PLAYLIST_ADD_CHECK));
        review.setId("review-disagreements");
        review.setDefaultButton(true);
        review.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.disagreements()));
        review.setOnAction(event -> model.reviewDisagreements());
        Button refresh = new Button("Refresh", new FontIcon(Material2AL.AUTORENEW));
        refresh.setId("agreement-refresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(event -> model.load());
        count.setId("agreement-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, count, spacer, refresh, review);
        actions.setPadding(new Insets(8, 0, 0, 0));

        VBox top = new VBox(6, figures, pairs, new Label("Samples they disagree on: different verdicts, or ratings "
                + AgreementService.RATING_GAP + " or more apart"));
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);
        setBottom(actions);
        model.reportProperty().addListener((obs, old, report) -> show(report));
    }

    private void show(AgreementReport report) {
        if (report == null) {
            return;
        }
        alpha.setText(AgreementViewModel.figure(report.alpha().alpha()) + "   on " + report.alpha().units() + " samples, "
                + report.alpha().values() + " ratings");
        kappa.setText(AgreementViewModel.figure(report.meanKappa())
                + (report.kappas().size() > 1 ? "   mean of " + report.kappas().size() + " pairs" : ""));
        annotators.setText(report.annotators().size() + "   " + String.join(", ", report.annotators()));
        items.setText(String.valueOf(report.items()));
        pairs.setText(report.kappas().size() < 2 ? "" : report.kappas().stream()
                .map(p -> p.first() + " / " + p.second() + "  " + AgreementViewModel.figure(p.kappa()) + " on " + p.items())
                .collect(Collectors.joining("    ")));
        count.setText(report.disagreements().size() + " disagreements");
    }

    private static Label figure(String id) {
        Label label = new Label("…");
        label.setId(id);
        label.getStyleClass().add("agreement-figure");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("agreement-caption");
        return label;
    }

    private static TableColumn<Disagreement, String> column(String title, double width,
            java.util.function.Function<Disagreement, String> value) {
        TableColumn<Disagreement, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
