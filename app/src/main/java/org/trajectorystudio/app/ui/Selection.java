package org.trajectorystudio.app.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.model.sample.Sample;

/**
 * What the curator is looking at, for every feature of the window: the shown sample (its latest revision, loaded off
 * the FX thread), the tree node selected in it, and the table rows selected (several for compare). FX thread only.
 */
public final class Selection {
    private final ReadOnlyObjectWrapper<Sample> sample = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<NodeRef> node = new SimpleObjectProperty<>(NodeRef.SAMPLE);
    private final ObservableList<String> selectedIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> rowId = new ReadOnlyObjectWrapper<>();

    /** The sample shown in the trajectory pane, or null; its id is the library id. */
    public ReadOnlyObjectProperty<Sample> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public Sample sample() {
        return sample.get();
    }

    public String sampleId() {
        Sample shown = sample.get();
        return shown == null ? null : shown.id();
    }

    /**
     * The sample the curator is on: the table's current row. It changes at once when the row does, while
     * {@link #sample()} follows when the sample is loaded; keys act on this one, so they never land on the sample
     * shown before.
     */
    public String currentId() {
        return rowId.get() != null ? rowId.get() : sampleId();
    }

    public ReadOnlyObjectProperty<String> currentIdProperty() {
        return rowId.getReadOnlyProperty();
    }

    /** The tree node selected for the current sample: {@link NodeRef#SAMPLE} while another sample is still shown. */
    public NodeRef currentNode() {
        String id = currentId();
        return id != null && id.equals(sampleId()) ? node() : NodeRef.SAMPLE;
    }

    private final javafx.beans.property.ReadOnlyLongWrapper curationChanges = new javafx.beans.property.ReadOnlyLongWrapper();

    /** Counts changes to the shown sample's curation made elsewhere (another process): listeners re-read it. */
    public javafx.beans.property.ReadOnlyLongProperty curationChangesProperty() {
        return curationChanges.getReadOnlyProperty();
    }

    void curationChanged() {
        curationChanges.set(curationChanges.get() + 1);
    }

    void showRow(String id) {
        rowId.set(id);
    }

    /** The selected tree node; {@link NodeRef#SAMPLE} when the root or nothing is selected. */
    public ObjectProperty<NodeRef> nodeProperty() {
        return node;
    }

    public NodeRef node() {
        return node.get() == null ? NodeRef.SAMPLE : node.get();
    }

    /** Ids of the rows selected in the sample table, in table order. */
    public ObservableList<String> selectedIds() {
        return selectedIds;
    }

    void showSample(Sample shown) {
        sample.set(shown);
    }

    void selectRows(List<String> ids) {
        selectedIds.setAll(ids);
    }
}
