package org.trajectorystudio.app.curation;

import javafx.beans.value.ChangeListener;
import org.trajectorystudio.app.library.BrowserModel;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.ui.notify.Notifier;

/** The N key: selects the next row of the current table or queue that has no sample rating, paging on as needed. */
final class NextUnrated {
    private final BrowserModel browser;
    private final java.util.function.Supplier<SampleTable> table;
    private final Notifier notifier;

    NextUnrated(BrowserModel browser, java.util.function.Supplier<SampleTable> table, Notifier notifier) {
        this.browser = browser;
        this.table = table;
        this.notifier = notifier;
    }

    void jump() {
        // After the queue moved on by itself, the row it moved to has not been looked at yet.
        int current = table.get().getSelectionModel().getSelectedIndex();
        search(table.get().advanced() ? current : current + 1);
    }

    private void search(int from) {
        var rows = browser.rows();
        for (int i = Math.max(0, from); i < rows.size(); i++) {
            if (rows.get(i).rating() == null || rows.get(i).rating() == 0) {
                table.get().getSelectionModel().clearAndSelect(i);
                table.get().scrollTo(Math.max(0, i - 3));
                return;
            }
        }
        int searched = rows.size();
        if (!browser.loadingProperty().get()) {
            browser.loadMore();
        }
        if (!browser.loadingProperty().get()) {
            notifier.info("No unrated sample after this one");
            return;
        }
        // A page is on its way: look again once it is in.
        browser.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean loading) {
                if (!loading) {
                    browser.loadingProperty().removeListener(this);
                    if (browser.rows().size() > searched) {
                        search(searched);
                    } else {
                        notifier.info("No unrated sample after this one");
                    }
                }
            }
        });
    }
}
