package org.trajectorystudio.app.flags;

import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.trajectorystudio.app.library.LibrarySource;
import org.trajectorystudio.app.ui.Dialogs;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;

/**
 * The Flags menu: switch each kind of quality flag on or off, set the answer F1 threshold, open the Flagged queue.
 * Settings are saved in the library (they travel with it) and re-query the table, its Flags column and the queue.
 */
public final class FlagsFeature implements StudioFeature {
    @Override
    public void install(WindowContext context) {
        Menu menu = context.menu("Flags");
        MenuItem review = new MenuItem("Review flagged samples");
        review.setId("menu-review-flagged");
        review.setOnAction(event -> context.browser().sourceProperty()
                .set(new LibrarySource.Queue(context.browser().flaggedQueue(), 0, 0)));
        menu.getItems().addAll(review, new SeparatorMenuItem());
        for (FlagKind kind : FlagKind.values()) {
            CheckMenuItem item = new CheckMenuItem(kind.label() + " — " + kind.description());
            item.setId("flag-kind-" + kind.wireName());
            item.setSelected(context.browser().flagSettingsProperty().get().enabled().contains(kind));
            context.browser().flagSettingsProperty().addListener((obs, old, now) -> item.setSelected(now.enabled().contains(kind)));
            item.setOnAction(event -> save(context, context.browser().flagSettingsProperty().get().with(kind, item.isSelected())));
            menu.getItems().add(item);
        }
        MenuItem threshold = new MenuItem("Answer F1 threshold…");
        threshold.setId("menu-flag-threshold");
        threshold.setOnAction(event -> askThreshold(context));
        menu.getItems().addAll(new SeparatorMenuItem(), threshold);
    }

    private static void askThreshold(WindowContext context) {
        FlagSettings current = context.browser().flagSettingsProperty().get();
        context.dialogs().prompt(context.scene().getWindow(), new Dialogs.Question("Answer F1 threshold",
                "A final answer that is not the reference (nor contains it) is flagged when its token F1"
                        + " with the reference is below this (0 to 1).", ""),
                String.format(Locale.ROOT, "%.2f", current.answerF1Threshold())).ifPresent(text -> {
            try {
                save(context, new FlagSettings(current.enabled(), Double.parseDouble(text.strip())));
            } catch (IllegalArgumentException e) {
                context.notifier().problem("Not a threshold between 0 and 1: " + text);
            }
        });
    }

    static void save(WindowContext context, FlagSettings settings) {
        context.tasks().run("Saving flag settings", progress -> {
            context.library().flags().save(settings);
            return settings;
        }, saved -> {
            context.browser().flagSettingsProperty().set(saved);
            context.browser().refreshSources();
            context.refreshSample();
        }, failure -> context.notifier().unexpected("Saving flag settings", failure));
    }
}
