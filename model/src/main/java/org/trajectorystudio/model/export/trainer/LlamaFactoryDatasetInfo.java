package org.trajectorystudio.model.export.trainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trajectorystudio.model.export.io.AtomicFile;
import org.trajectorystudio.model.export.render.ShareGptRenderer;
import org.trajectorystudio.model.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code dataset_info.json} entry that lets LLaMA-Factory find a sharegpt export by name ({@code dataset: NAME},
 * {@code dataset_dir:} the export's folder): {@code file_name} relative to that folder, {@code formatting},
 * {@code columns} and {@code tags} naming exactly the fields the records have. An existing file (a LLaMA-Factory
 * {@code data/} folder) keeps its other entries.
 */
public final class LlamaFactoryDatasetInfo {
    public static final String FILE_NAME = "dataset_info.json";

    private LlamaFactoryDatasetInfo() {}

    /** The dataset name of an export file: its name without {@code .jsonl} / {@code .json}. */
    public static String name(Path dataFile) {
        return dataFile.getFileName().toString().replaceFirst("\\.jsonl?$", "");
    }

    /** Adds (or replaces) the entries of the training file and, when there is one, the validation file. */
    public static Path write(Path train, Path validation) throws IOException {
        Path file = train.toAbsolutePath().resolveSibling(FILE_NAME);
        ObjectNode info = existing(file);
        info.set(name(train), entry(train));
        if (validation != null) {
            info.set(name(validation), entry(validation));
        }
        try (AtomicFile out = new AtomicFile(file)) {
            out.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(info).concat("\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        return file;
    }

    static ObjectNode entry(Path dataFile) {
        ObjectNode entry = Json.object();
        entry.put("file_name", dataFile.getFileName().toString());
        entry.put("formatting", "sharegpt");
        entry.putObject("columns").put("messages", "conversations").put("system", "system").put("tools", "tools");
        entry.putObject("tags")
                .put("role_tag", "from")
                .put("content_tag", "value")
                .put("user_tag", ShareGptRenderer.HUMAN)
                .put("assistant_tag", ShareGptRenderer.GPT)
                .put("observation_tag", ShareGptRenderer.OBSERVATION)
                .put("function_tag", ShareGptRenderer.FUNCTION_CALL)
                .put("system_tag", "system");
        return entry;
    }

    private static ObjectNode existing(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Json.object();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(Files.readString(file));
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // fall through: say which file, and leave it as it is
        }
        throw new IOException(file + " is not a JSON object; not changed (the sharegpt file is written)");
    }
}
