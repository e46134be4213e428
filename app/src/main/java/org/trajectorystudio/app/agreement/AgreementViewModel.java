package org.trajectorystudio.app.agreement;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trajectorystudio.app.library.BrowserModel;
import org.trajectorystudio.app.library.ReviewQueue;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.agreement.AgreementReport;
import org.trajectorystudio.persistence.agreement.Disagreement;
import org.trajectorystudio.persistence.library.Library;

/** The agreement view's state: the latest report, read in the background, and the review queue it can open. */
public final class AgreementViewModel {
    /** The name of the library pane's queue of disagreements. */
    public static final String QUEUE = "Disagreements";

    private final Library library;
    private final Tasks tasks;
    private final Notifier notifier;
    private final BrowserModel browser;
    private final ReadOnlyObjectWrapper<AgreementReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<Disagreement> disagreements = FXCollections.observableArrayList();

    public AgreementViewModel(Library library, Tasks tasks, Notifier notifier, BrowserModel browser) {
        this.library = library;
        this.tasks = tasks;
        this.notifier = notifier;
        this.browser = browser;
    }

    /** Re-reads the figures from the curation log. */
    public void load() {
        loading.set(true);
        tasks.run("Measuring annotator agreement", progress -> library.agreement().report(), done -> {
            report.set(done);
            disagreements.setAll(done.disagreements());
            loading.set(false);
        }, failure -> {
            loading.set(false);
            notifier.unexpected("Measuring annotator agreement", failure);
        });
    }

    /** Lists the disagreements as a review queue in the library pane and shows them in the table. */
    public void reviewDisagreements() {
        AgreementReport shown = report.get();
        if (shown == null || shown.disagreements().isEmpty()) {
            notifier.info("The annotators disagree on no sample");
            return;
        }
        browser.showQueue(ReviewQueue.ofSamples(QUEUE, shown.disagreementIds()));
        notifier.info(shown.disagreements().size() + " disagreements to review");
    }

    /** Three decimals, or "n/a" when the figure is undefined (too few shared items, or no variation). */
    public static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    public ReadOnlyObjectProperty<AgreementReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Disagreement> disagreements() {
        return disagreements;
    }
}
