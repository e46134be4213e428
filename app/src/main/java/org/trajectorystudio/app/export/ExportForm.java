package org.trajectorystudio.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.trajectorystudio.app.ui.FileDialogs;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.sample.SampleKind;

/**
 * The export dialog's options: shows {@link ExportChoices}, reads them back, and says in one line what is wrong with
 * them. Only cheap checks run here (numbers, a file that exists and is readable); loading the tokenizer happens in the
 * preview, whose failure comes back to the same error line.
 */
final class ExportForm {
    /** How the dialog names a tokenizer spec's kind. */
    enum TokenizerKind {
        APPROX("Approximate (an estimate)", "approx"),
        HF("Exact: tokenizer.json", "hf"),
        GGUF("Exact: GGUF vocabulary", "gguf");

        final String label;
        final String scheme;

        TokenizerKind(String label, String scheme) {
            this.label = label;
            this.scheme = scheme;
        }
    }

    enum TemplateKind {
        CHATML("Built-in ChatML (Qwen style)"),
        HF("tokenizer_config.json chat_template");

        final String label;

        TemplateKind(String label) {
            this.label = label;
        }
    }

    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton scopeTable = radio("export-scope-table", ExportChoices.Scope.TABLE);
    private final RadioButton scopeLibrary = radio("export-scope-library", ExportChoices.Scope.LIBRARY);
    private final CheckBox acceptedOnly = check("export-accepted-only", "Accepted samples only (rejected ones are never exported)");
    private final Spinner<Integer> minRating = spinner("export-min-rating", 0, 5);
    private static final String ANY_KIND = "any kind";
    private final ComboBox<String> kind = combo("export-kind",
            java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY_KIND), Arrays.stream(SampleKind.values()).map(SampleKind::wireName))
                    .toArray(String[]::new), k -> k);
    private final ComboBox<ExportChoices.Stage> stage = combo("export-stage", ExportChoices.Stage.values(), ExportChoices.Stage::label);
    private final TextField maxTokens = field("export-max-tokens", "max tokens");
    private final ComboBox<OverBudget> overBudget = combo("export-over-budget", OverBudget.values(),
            o -> o == OverBudget.DROP ? "Drop the sample" : "Truncate at a step boundary");
    private final ComboBox<TokenizerKind> tokenizerKind = combo("export-tokenizer-kind", TokenizerKind.values(), t -> t.label);
    private final TextField tokenizerPath = field("export-tokenizer-path", "tokenizer.json or model.gguf");
    private final ComboBox<TemplateKind> templateKind = combo("export-template", TemplateKind.values(), t -> t.label);
    private final TextField templatePath = field("export-template-path", "tokenizer_config.json");
    private final ComboBox<ExportFormat> format = combo("export-format", ExportFormat.values(), ExportFormat::wireName);
    private final ComboBox<Rendering> rendering = combo("export-rendering", Rendering.values(),
            r -> r == Rendering.TEMPLATE ? "Messages through the template" : "Turns as the source wrote them");
    private final CheckBox shuffleCandidates = check("export-shuffle-candidates", "Shuffle HAS options (by the seed)");
    private final CheckBox packing = check("export-pack", "Pack into fixed-length sequences of");
    private final TextField sequenceLength = field("export-sequence-length", "tokens");
    private final Spinner<Integer> maxPerQuestion = spinner("export-max-per-question", 0, 100_000);
    private final CheckBox nearDuplicates = check("export-near-duplicates", "Cluster near-duplicate questions (MinHash)");
    private final TextField seed = field("export-seed", "seed");
    private final TextField validation = field("export-validation", "0 to 0.5");
    private final Window owner;
    private final TextField output = field("export-output", "training set .jsonl");
    private final CheckBox parquet = check("export-parquet", "Also write Parquet and a HuggingFace dataset card (README.md in the output folder, unless one of yours is there)");
    private final GridPane grid = new GridPane();

    private final FileDialogs files;

    ExportForm(Window owner, FileDialogs files) {
        this.owner = owner;
        this.files = files;
        scopeTable.setToggleGroup(scope);
        scopeLibrary.setToggleGroup(scope);
        maxTokens.disableProperty().bind(stage.valueProperty().isNotEqualTo(ExportChoices.Stage.CUSTOM));
        overBudget.disableProperty().bind(stage.valueProperty().isEqualTo(ExportChoices.Stage.NONE));
        tokenizerPath.disableProperty().bind(tokenizerKind.valueProperty().isEqualTo(TokenizerKind.APPROX));
        templatePath.disableProperty().bind(templateKind.valueProperty().isEqualTo(TemplateKind.CHATML));
        sequenceLength.disableProperty().bind(packing.selectedProperty().not());

        Button tokenizerBrowse = browse("export-tokenizer-browse", () -> chooseOpen(owner, tokenizerPath, "Tokenizer",
                tokenizerKind.getValue() == TokenizerKind.GGUF ? new String[] {"*.gguf"} : new String[] {"*.json"}));
        tokenizerBrowse.disableProperty().bind(tokenizerPath.disabledProperty());
        Button templateBrowse = browse("export-template-browse", () -> chooseOpen(owner, templatePath, "Tokenizer config", new String[] {"*.json"}));
        templateBrowse.disableProperty().bind(templatePath.disabledProperty());
        Button outputBrowse = browse("export-output-browse", () -> chooseSave(owner));

        grid.getStyleClass().add("export-form");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        grid.addRow(row++, caption("Samples"), new HBox(12, scopeTable, scopeLibrary));
        grid.addRow(row++, new Label(), acceptedOnly);
        grid.addRow(row++, caption("Min rating"), new HBox(12, minRating, whole("0 = any"), caption("Kind"), kind));
        grid.addRow(row++, caption("Budget"), new HBox(8, stage, maxTokens, overBudget));
        grid.addRow(row++, caption("Tokenizer"), grow(tokenizerKind, tokenizerPath, tokenizerBrowse));
        grid.addRow(row++, caption("Template"), grow(templateKind, templatePath, templateBrowse));
        grid.addRow(row++, caption("Format"), new HBox(8, format, rendering));
        grid.addRow(row++, new Label(), shuffleCandidates);
        grid.addRow(row++, caption("Packing"), new HBox(8, packing, sequenceLength));
        grid.addRow(row++, caption("Per question"), new HBox(8, whole("at most"), maxPerQuestion, whole("(0 = no limit)")));
        grid.addRow(row++, caption("Near duplicates"), nearDuplicates);
        grid.addRow(row++, caption("Seed"), seed);
        grid.addRow(row++, caption("Validation"), new HBox(8, validation, whole("fraction of questions held out (0 = none)")));
        grid.addRow(row++, caption("Output"), grow(output, outputBrowse));
        grid.addRow(row, new Label(), parquet);
        // Long check-box texts wrap in a narrow dialog instead of being cut.
        for (javafx.scene.control.CheckBox box : List.of(acceptedOnly, shuffleCandidates, packing, nearDuplicates, parquet)) {
            box.setWrapText(true);
        }
        packing.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        seed.setMaxWidth(160);
        validation.setPrefWidth(90);
        HBox.setHgrow(output, Priority.ALWAYS);
        HBox.setHgrow(tokenizerPath, Priority.ALWAYS);
        HBox.setHgrow(templatePath, Priority.ALWAYS);
    }

    Node node() {
        return grid;
    }

    void show(ExportChoices c) {
        (c.scope() == ExportChoices.Scope.TABLE ? scopeTable : scopeLibrary).setSelected(true);
        acceptedOnly.setSelected(c.acceptedOnly());
        minRating.getValueFactory().setValue(c.minRating());
        kind.setValue(c.kind() == null ? ANY_KIND : c.kind().wireName());
        stage.setValue(c.stage());
        maxTokens.setText(Integer.toString(c.customMaxTokens()));
        overBudget.setValue(c.overBudget());
        String spec = c.tokenizer();
        TokenizerKind tk = Arrays.stream(TokenizerKind.values()).filter(t -> spec.startsWith(t.scheme + ":")).findFirst().orElse(TokenizerKind.APPROX);
        tokenizerKind.setValue(tk);
        tokenizerPath.setText(tk == TokenizerKind.APPROX ? "" : spec.substring(tk.scheme.length() + 1));
        boolean hfTemplate = c.template().startsWith("hf:");
        templateKind.setValue(hfTemplate ? TemplateKind.HF : TemplateKind.CHATML);
        templatePath.setText(hfTemplate ? c.template().substring(3) : "");
        format.setValue(c.format());
        rendering.setValue(c.rendering());
        shuffleCandidates.setSelected(c.shuffleCandidates());
        packing.setSelected(c.packing());
        sequenceLength.setText(Integer.toString(c.sequenceLength()));
        maxPerQuestion.getValueFactory().setValue(c.maxPerQuestion());
        nearDuplicates.setSelected(c.clusterNearDuplicates());
        seed.setText(Long.toString(c.seed()));
        validation.setText(c.validationFraction() == 0 ? "0" : Double.toString(c.validationFraction()));
        output.setText(c.output());
        parquet.setSelected(c.parquet());
    }

    /** The choices, or the first problem with them as one line. */
    Result read() {
        try {
            ExportChoices.Stage chosenStage = stage.getValue();
            int custom = chosenStage == ExportChoices.Stage.CUSTOM ? positive(maxTokens, "max tokens") : parseOr(maxTokens.getText(), 32_768);
            int sequence = packing.isSelected() ? positive(sequenceLength, "sequence length") : parseOr(sequenceLength.getText(), 32_768);
            long seedValue;
            try {
                seedValue = Long.parseLong(seed.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the seed must be a whole number");
            }
            double fraction;
            try {
                fraction = Double.parseDouble(validation.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the validation fraction must be a number from 0 to " + ExportProfile.MAX_VALIDATION_FRACTION);
            }
            ExportProfile.checkValidationFraction(fraction); // the profile's own rule, as the CLI applies it
            String tokenizerSpec = tokenizerKind.getValue() == TokenizerKind.APPROX ? "approx"
                    : tokenizerKind.getValue().scheme + ":" + readableFile(tokenizerPath, "tokenizer");
            String templateSpec = templateKind.getValue() == TemplateKind.CHATML ? "chatml" : "hf:" + readableFile(templatePath, "template");
            // A preview runs into a scratch folder, so the output may still be unchosen; Export asks for it.
            String out = output.getText().strip();
            String outText = out.isEmpty() ? "" : checkedOutput(out).toString();
            ExportChoices.Scope chosenScope = scopeLibrary.isSelected() ? ExportChoices.Scope.LIBRARY : ExportChoices.Scope.TABLE;
            return new Result(Optional.of(new ExportChoices(chosenScope, acceptedOnly.isSelected(), minRating.getValue(),
                    ANY_KIND.equals(kind.getValue()) ? null : SampleKind.fromWireName(kind.getValue()),
                    chosenStage, custom, overBudget.getValue(), tokenizerSpec, templateSpec, format.getValue(), packing.isSelected(),
                    sequence, maxPerQuestion.getValue(), nearDuplicates.isSelected(), seedValue, fraction, outText,
                    parquet.isSelected(), rendering.getValue(), shuffleCandidates.isSelected())), null);
        } catch (IllegalArgumentException e) {
            return new Result(Optional.empty(), e.getMessage());
        }
    }

    record Result(Optional<ExportChoices> choices, String problem) {}

    private static Path checkedOutput(String out) {
        Path outPath = Path.of(out).toAbsolutePath();
        if (outPath.getParent() == null || !Files.isDirectory(outPath.getParent())) {
            throw new IllegalArgumentException("the output folder " + outPath.getParent() + " does not exist");
        }
        if (Files.isDirectory(outPath)) {
            throw new IllegalArgumentException(out + " is a folder; give the output file's name");
        }
        return outPath;
    }

    private static int positive(TextField field, String name) {
        try {
            int value = Integer.parseInt(field.getText().strip().replace(",", "").replace("_", ""));
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of at least 1, not '" + field.getText().strip() + "'");
        }
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String readableFile(TextField field, String what) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("choose the " + what + " file");
        }
        Path path = Path.of(text);
        if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException(text + ": no such " + what + " file");
        }
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException(text + ": the " + what + " file cannot be read");
        }
        return path.toAbsolutePath().toString();
    }

    private void chooseOpen(Window owner, TextField target, String title, String[] patterns) {
        files.open(owner, FileDialogs.Request.open(title, near(target.getText()),
                        FileDialogs.Filter.of(title + " (" + String.join(", ", patterns) + ")", patterns)))
                .ifPresent(file -> target.setText(file.toAbsolutePath().toString()));
    }

    /** Asks where to write, as Choose… does; true when an output file is set afterwards (false: the curator cancelled). */
    boolean askForOutput() {
        chooseSave(owner);
        return !output.getText().isBlank();
    }

    private void chooseSave(Window owner) {
        files.save(owner, FileDialogs.Request.save("Export training set to", near(output.getText()),
                        output.getText().isBlank() ? "training-set.jsonl" : Path.of(output.getText()).getFileName().toString(),
                        FileDialogs.Filter.of("JSON lines (*.jsonl)", "*.jsonl")))
                .ifPresent(file -> output.setText(file.toAbsolutePath().toString()));
    }

    private static Path near(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    private RadioButton radio(String id, ExportChoices.Scope value) {
        RadioButton button = new RadioButton(value.label());
        button.setId(id);
        return button;
    }

    private static CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, min);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(prompt.length() > 12 ? 24 : 8);
        return field;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static Button browse(String id, Runnable action) {
        Button button = new Button("Choose…", new FontIcon(Material2AL.FOLDER_OPEN));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label caption(String text) {
        Label label = whole(text);
        label.getStyleClass().add("export-caption");
        return label;
    }

    /** A label that keeps all its words: the row gives way around it. */
    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox grow(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setFillHeight(true);
        return box;
    }
}
