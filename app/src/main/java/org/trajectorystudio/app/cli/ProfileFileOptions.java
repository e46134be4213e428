package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trajectorystudio.model.export.ExportProfileFile;
import picocli.CommandLine.ParseResult;

/**
 * {@code export --profile FILE}: the profile file read with its one-line errors, and refused beside a flag that makes
 * one of its choices (which of the two would win is not something a reader of the command line should have to know).
 */
final class ProfileFileOptions {
    /** The flags whose choice an export profile holds. */
    static final List<String> CHOICE_FLAGS = List.of("--format", "--max-tokens", "--stage", "--over-budget", "--tokenizer",
            "--template", "--rendering", "--seed", "--max-per-question", "--near-duplicates", "--pack", "--pack-length",
            "--any-verdict", "--verdict", "--min-rating", "--kind", "--shuffle-candidates", "--validation");

    private ProfileFileOptions() {}

    static ExportProfileFile read(Path file, ParseResult given) {
        List<String> clashing = CHOICE_FLAGS.stream().filter(given::hasMatchedOption).toList();
        if (!clashing.isEmpty()) {
            throw new UserError("--profile holds the export choices; leave out " + String.join(", ", clashing)
                    + " (or edit " + file + ")");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the export profile (" + e.getMessage() + ")");
        }
        try {
            return ExportProfileFile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
    }
}
