package org.trajectorystudio.app.preview;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trajectorystudio.inference.engine.EndpointSettings;
import org.trajectorystudio.inference.engine.EngineSettings;
import org.trajectorystudio.inference.engine.Sampling;

/**
 * The preview's settings as controls: the engine (a GGUF file with GPU layers and context size, or a server with its
 * model and optional API key) and the sampling parameters. Reads them back as {@link PreviewSettings}, an
 * {@link EngineChoice} and a {@link Sampling}, with one clear line for a value that does not parse. FX thread only.
 */
final class SettingsForm {
    private final ToggleGroup engine = new ToggleGroup();
    private final RadioButton gguf = radio("Embedded GGUF (llama.cpp)", "preview-engine-gguf");
    private final RadioButton endpoint = radio("OpenAI-compatible server", "preview-engine-endpoint");
    private final TextField ggufPath = field("preview-gguf", "/path/to/model.gguf");
    private final TextField gpuLayers = field("preview-gpu-layers", "0");
    private final TextField contextSize = field("preview-context", "32768");
    private final TextField url = field("preview-url", "http://localhost:8000");
    private final TextField model = field("preview-model", "model name on the server");
    private final PasswordField apiKey = new PasswordField();
    private final TextField temperature = field("preview-temperature", "0.6");
    private final TextField topP = field("preview-top-p", "0.95");
    private final TextField maxTokens = field("preview-max-tokens", "1024");
    private final TextField seed = field("preview-seed", "random");
    private final TextArea stop = new TextArea();
    private final VBox view;

    SettingsForm() {
        gguf.setToggleGroup(engine);
        endpoint.setToggleGroup(engine);
        gguf.setSelected(true);
        apiKey.setId("preview-api-key");
        apiKey.setPromptText("optional; kept for this session only");
        stop.setId("preview-stop-strings");
        stop.setPromptText("one stop string per line (\\n for a newline)");
        stop.setPrefRowCount(2);
        // An icon in the narrow inspector: the word took the width the path needs.
        Button choose = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.FOLDER_OPEN));
        choose.setTooltip(new Tooltip("Choose a GGUF model file…"));
        choose.setId("preview-gguf-choose");
        choose.setOnAction(event -> chooseModel());
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the path field gives way, not the button
        HBox file = new HBox(4, ggufPath, choose);
        HBox.setHgrow(ggufPath, Priority.ALWAYS);
        gpuLayers.setTooltip(new Tooltip("Layers offloaded to the GPU: 0 for none, 999 for all (Metal, or a CUDA build of libjllama)"));
        contextSize.setTooltip(new Tooltip("Context in tokens, capped at the model's; 0 for the model's own length"));

        GridPane embedded = grid();
        embedded.addRow(0, new Label("Model"), file);
        embedded.addRow(1, new Label("GPU layers"), gpuLayers);
        embedded.addRow(2, new Label("Context"), contextSize);
        GridPane server = grid();
        server.addRow(0, new Label("Base URL"), url);
        server.addRow(1, new Label("Model"), model);
        server.addRow(2, new Label("API key"), apiKey);
        embedded.visibleProperty().bind(gguf.selectedProperty());
        embedded.managedProperty().bind(embedded.visibleProperty());
        server.visibleProperty().bind(endpoint.selectedProperty());
        server.managedProperty().bind(server.visibleProperty());
        TitledPane enginePane = new TitledPane("Engine", new VBox(6, new VBox(4, gguf, endpoint), embedded, server));
        enginePane.setId("preview-engine");

        GridPane sampling = grid();
        sampling.addRow(0, new Label("Temperature"), temperature);
        sampling.addRow(1, new Label("Top-p"), topP);
        sampling.addRow(2, new Label("Max tokens"), maxTokens);
        sampling.addRow(3, new Label("Seed"), seed);
        sampling.addRow(4, new Label("Stop"), stop);
        TitledPane samplingPane = new TitledPane("Sampling", sampling);
        samplingPane.setId("preview-sampling");
        samplingPane.setExpanded(false);
        view = new VBox(4, enginePane, samplingPane);
        view.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the output area below gives way, not these fields
        show(PreviewSettings.defaults());
        // until the remembered settings arrive (milliseconds), so that nothing typed is overwritten by them
        view.setDisable(true);
    }

    VBox view() {
        return view;
    }

    void show(PreviewSettings settings) {
        (PreviewSettings.ENDPOINT.equals(settings.engine()) ? endpoint : gguf).setSelected(true);
        ggufPath.setText(settings.gguf());
        gpuLayers.setText(Integer.toString(settings.gpuLayers()));
        contextSize.setText(Integer.toString(settings.contextSize()));
        url.setText(settings.endpointUrl());
        model.setText(settings.endpointModel());
        temperature.setText(Double.toString(settings.temperature()));
        topP.setText(Double.toString(settings.topP()));
        maxTokens.setText(Integer.toString(settings.maxTokens()));
        seed.setText(settings.seed() == null ? "" : Long.toString(settings.seed()));
        stop.setText(String.join("\n", settings.stop().stream().map(s -> s.replace("\n", "\\n")).toList()));
        view.setDisable(false);
    }

    /** The settings as typed. @throws IllegalArgumentException naming the field that does not parse */
    PreviewSettings read() {
        List<String> stops = Arrays.stream(stop.getText().split("\\R")).filter(line -> !line.isEmpty())
                .map(line -> line.replace("\\n", "\n")).toList();
        String seedText = seed.getText().strip();
        return new PreviewSettings(endpoint.isSelected() ? PreviewSettings.ENDPOINT : PreviewSettings.GGUF,
                ggufPath.getText().strip(), integer("GPU layers", gpuLayers), integer("context", contextSize),
                url.getText().strip(), model.getText().strip(),
                decimal("temperature", temperature), decimal("top-p", topP), integer("max tokens", maxTokens),
                seedText.isEmpty() || seedText.equalsIgnoreCase("random") ? null : whole("seed", seed),
                stops);
    }

    /** Which engine is chosen (GGUF or server): a problem shown for one engine does not hold for the other. */
    javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.control.Toggle> engineChoice() {
        return engine.selectedToggleProperty();
    }

    /** The engine the settings name, with the session's API key. @throws IllegalArgumentException for a missing or bad value */
    EngineChoice choice(PreviewSettings settings) {
        if (PreviewSettings.ENDPOINT.equals(settings.engine())) {
            if (settings.endpointModel().isEmpty()) {
                throw new IllegalArgumentException("enter the model name the server knows");
            }
            return new EngineChoice.Endpoint(EndpointSettings.of(settings.endpointUrl(), settings.endpointModel()).withApiKey(apiKey.getText()));
        }
        if (settings.gguf().isEmpty()) {
            throw new IllegalArgumentException("choose a GGUF model file");
        }
        return new EngineChoice.Embedded(new EngineSettings(Path.of(settings.gguf()), settings.gpuLayers(), settings.contextSize(), 0));
    }

    static Sampling sampling(PreviewSettings settings) {
        return new Sampling(settings.temperature(), settings.topP(), settings.maxTokens(), settings.seed(), settings.stop());
    }

    private void chooseModel() {
        String current = ggufPath.getText().strip();
        files.get().open(view.getScene() == null ? null : view.getScene().getWindow(),
                        org.trajectorystudio.app.ui.FileDialogs.Request.open("Choose a GGUF model", current.isEmpty() ? null : Path.of(current),
                                org.trajectorystudio.app.ui.FileDialogs.Filter.GGUF,
                                org.trajectorystudio.app.ui.FileDialogs.Filter.ALL))
                .ifPresent(file -> ggufPath.setText(file.toAbsolutePath().toString()));
    }

    /** Where Choose… asks for the model: the window's file dialogs, set when the panel is installed. */
    private java.util.function.Supplier<org.trajectorystudio.app.ui.FileDialogs> files = () -> org.trajectorystudio.app.ui.FileDialogs.NATIVE;

    void useFileDialogs(java.util.function.Supplier<org.trajectorystudio.app.ui.FileDialogs> dialogs) {
        this.files = dialogs;
    }

    private static int integer(String name, TextField field) {
        long value = whole(name, field);
        if (value != (int) value) {
            throw new IllegalArgumentException(name + ": " + value + " is too large");
        }
        return (int) value;
    }

    private static long whole(String name, TextField field) {
        try {
            return Long.parseLong(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + field.getText().strip() + "' is not a whole number");
        }
    }

    private static double decimal(String name, TextField field) {
        try {
            return Double.parseDouble(field.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + field.getText().strip() + "' is not a number");
        }
    }

    private static RadioButton radio(String text, String id) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setWrapText(true);
        button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        // The inspector is narrow: the fields give way, the labels keep their words (they read "…").
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setMinWidth(40);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }
}
