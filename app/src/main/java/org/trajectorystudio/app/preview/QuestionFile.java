package org.trajectorystudio.app.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reads seed questions for a planning preview from a JSONL file whose lines have a {@code question} field (WebShaper's
 * QA files, the studio's own samples, Tongyi inference rows). Lines without one are skipped.
 */
final class QuestionFile {
    /** Enough to pick from; a longer file is read up to here. */
    static final int MAX_QUESTIONS = 5_000;

    private QuestionFile() {}

    /** Reads the file; blocks on I/O, so call it off the FX thread. @throws IllegalArgumentException one line for the curator */
    static List<String> read(Path file) {
        List<String> questions = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && questions.size() < MAX_QUESTIONS) {
                JsonNode node = line.isBlank() ? null : Json.tryParse(line);
                String question = node != null && node.isObject() ? Json.text(node, "question") : null;
                if (question != null && !unquote(question).isBlank()) {
                    questions.add(unquote(question));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + ": no questions (expected JSON lines with a \"question\" field)");
        }
        return questions;
    }

    /** WebShaper's questions carry their own quotation marks; they are not part of the question. */
    static String unquote(String question) {
        String text = question.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1).strip() : text;
    }
}
