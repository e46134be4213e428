package org.trajectorystudio.inference.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.megatron.IndexedDatasetWriter;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The Megatron-LM indexed dataset of an exported text file ({@code cpt-text}, {@code has-text}, {@code fas-text}):
 * each record's {@code text} tokenised with the exact tokenizer (special tokens such as {@code <|im_start|>} as the
 * tokenizer reads them, nothing added around the text) and {@code <|endoftext|>} appended, as
 * {@code preprocess_data.py --append-eod} does, into {@code PREFIX_text_document.bin/.idx}.
 */
public final class MegatronDataset {
    private MegatronDataset() {}

    /** @param out the exported JSONL; the dataset goes beside it as {@code NAME_text_document.bin/.idx} */
    public static Path write(Path out, HfTokenizerCounter tokenizer) throws IOException {
        long[] eod = tokenizer.encode(PackingOptions.END_OF_TEXT);
        if (eod.length != 1) {
            throw new IllegalArgumentException(tokenizer.name() + " has no single " + PackingOptions.END_OF_TEXT
                    + " token for the end of a document");
        }
        Path prefix = prefix(out);
        try (BufferedReader lines = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             IndexedDatasetWriter writer = new IndexedDatasetWriter(prefix)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode text = Json.MAPPER.readTree(line).get("text");
                if (text == null || !text.isString()) {
                    throw new IllegalArgumentException(out + " has records without a text: the Megatron dataset needs a text format");
                }
                writer.add(tokenizer.encode(text.stringValue()), (int) eod[0]);
            }
        }
        return prefix;
    }

    /** {@code set.jsonl} → {@code set_text_document}. */
    public static Path prefix(Path out) {
        String name = out.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return out.resolveSibling(base + "_text_document");
    }
}
