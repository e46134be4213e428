package org.trajectorystudio.app.similar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.WindowEvent;
import org.trajectorystudio.app.library.ReviewQueue;
import org.trajectorystudio.app.ui.Dialogs;
import org.trajectorystudio.app.ui.FileDialogs;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.app.ui.task.LoadedModel;
import org.trajectorystudio.inference.engine.EmbeddingEngine;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.similar.SimilarityService;

/**
 * Find similar in the window: Find → "More like this" ({@code M}) lists the samples closest to the shown one as the
 * "More like this" queue in the library pane, closest first in the status line. The embedding model is the library's
 * saved choice (the one {@code ./studio similar} used), else the curator is asked once; it stays loaded, and once
 * chosen the vectors follow imports and edits in the background.
 */
public final class SimilarFeature implements StudioFeature {
    public static final String QUEUE = "More like this";
    /** Neighbours listed in the queue. */
    static final int NEIGHBOURS = 20;

    private final LoadedModel<EmbeddingChoice, EmbeddingEngine> model = new LoadedModel<>();

    @Override
    public void install(WindowContext context) {
        MenuItem find = new MenuItem("More like this  (M)");
        find.setId("menu-find-similar");
        find.setOnAction(event -> find(context, null));
        MenuItem choose = new MenuItem("Embedding model…");
        choose.setId("menu-embedding-model");
        choose.setOnAction(event -> ask(context, context.selection().sampleId()));
        context.menu("Find").getItems().addAll(find, choose);
        context.onKey("m", () -> find(context, null));
        context.onKey("M", () -> find(context, null));
        context.describeShortcut("M", "more like this: the samples closest to this one");
        context.scene().windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> Thread.ofVirtual().name("close embedder").start(model::close));
            }
        });
    }

    /** No model saved and none given: the curator chooses one. */
    private static final class NoModel extends RuntimeException {
        NoModel() {
            super("no embedding model chosen");
        }
    }

    /** @param given a model the curator just chose (saved once it worked), or null for the library's saved one */
    void find(WindowContext context, EmbeddingChoice given) {
        String id = context.selection().sampleId();
        if (id == null) {
            context.notifier().info("More like this: select a sample first");
            return;
        }
        context.tasks().run("Finding samples like " + id, task -> {
            EmbeddingChoice choice = given != null ? given : EmbeddingChoice.saved(context.library().settings()).orElseThrow(NoModel::new);
            EmbeddingEngine engine = model.get(choice, task.progress());
            SimilarityService similar = context.library().similar();
            similar.use(EmbeddingChoice.forLibrary(engine));
            similar.runInBackground();
            similar.awaitCaughtUp(task.progress());
            if (given != null) {
                given.save(context.library().settings());
            }
            return similar.similar(id, NEIGHBOURS);
        }, neighbours -> show(context, id, neighbours), failure -> {
            if (failure instanceof NoModel) {
                ask(context, id);
            } else {
                context.notifier().problem("More like this: " + failure.getMessage());
            }
        });
    }

    private static void show(WindowContext context, String id, List<SimilarityService.Neighbour> neighbours) {
        context.browser().showQueue(ReviewQueue.ofSamples(QUEUE, neighbours.stream().map(SimilarityService.Neighbour::id).toList()));
        String closest = neighbours.stream().limit(3)
                .map(n -> String.format(Locale.ROOT, "%s (%.3f)", n.id(), n.score())).reduce((a, b) -> a + ", " + b).orElse("none");
        context.notifier().info("More like this: " + Plural.of(neighbours.size(), "sample") + " like " + id
                + "; closest " + closest);
    }

    /** Asks for the model (a GGUF, or a server and its model name), then finds the shown sample's neighbours with it. */
    private void ask(WindowContext context, String id) {
        TextField gguf = new TextField();
        gguf.setId("embedding-gguf");
        gguf.setPromptText("a .gguf file, run in process");
        TextField endpoint = new TextField();
        endpoint.setId("embedding-endpoint");
        endpoint.setPromptText("or a server: http://localhost:8080");
        TextField name = new TextField();
        name.setId("embedding-model-name");
        name.setPromptText("the server's model name");
        Optional.ofNullable(model.loaded()).ifPresent(loaded -> {
            switch (loaded) {
                case EmbeddingChoice.Gguf file -> gguf.setText(file.file().toString());
                case EmbeddingChoice.Endpoint server -> {
                    endpoint.setText(server.url());
                    name.setText(server.model());
                }
            }
        });
        // A path or URL is long: the fields take the dialog's width (they were cut to their prompts' first words).
        for (TextField field : List.of(gguf, endpoint, name)) {
            field.setPrefColumnCount(32);
            field.setMaxWidth(Double.MAX_VALUE);
        }
        Button chooseGguf = new Button("Choose…");
        chooseGguf.setId("embedding-gguf-choose");
        // Owned by the form's dialog when it is shown (the file chooser then stays above it).
        chooseGguf.setOnAction(event -> context.files().open(chooseGguf.getScene() != null
                                ? chooseGguf.getScene().getWindow() : context.scene().getWindow(),
                        FileDialogs.Request.open("Embedding model (GGUF)", null,
                                FileDialogs.Filter.GGUF,
                                FileDialogs.Filter.ALL))
                .ifPresent(file -> gguf.setText(file.toString())));
        chooseGguf.setMinWidth(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane(8, 6);
        grid.setMinWidth(Region.USE_PREF_SIZE); // the dialog grows to it rather than cut the labels
        grid.addRow(0, new Label("GGUF"), gguf, chooseGguf);
        grid.addRow(1, new Label("Server URL"), endpoint);
        grid.addRow(2, new Label("Model"), name);
        GridPane.setColumnSpan(endpoint, 2);
        GridPane.setColumnSpan(name, 2);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, fields);
        if (context.dialogs().form(context.scene().getWindow(), new Dialogs.Question("Embedding model",
                "Find similar compares samples by the embeddings of their question and final answer.", ""), grid)) {
            EmbeddingChoice choice = !gguf.getText().isBlank() ? new EmbeddingChoice.Gguf(java.nio.file.Path.of(gguf.getText().strip()))
                    : !endpoint.getText().isBlank() && !name.getText().isBlank()
                    ? new EmbeddingChoice.Endpoint(endpoint.getText().strip(), name.getText().strip(), null) : null;
            if (choice == null) {
                context.notifier().problem("More like this: give a GGUF file, or a server URL and its model name");
            } else if (id != null) {
                find(context, choice);
            } else {
                context.tasks().run("Saving the embedding model", progress -> {
                    choice.save(context.library().settings());
                    return choice;
                }, saved -> context.notifier().info("More like this will use " + saved.describe()),
                        failure -> context.notifier().problem("More like this: " + failure.getMessage()));
            }
        }
    }
}
