package org.trajectorystudio.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.trajectorystudio.model.export.render.LossMask;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.tokens.TokenCounter;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.JsonNode;

/**
 * The loss mask of one record a preview wrote: its sample rendered by the export's own renderer and template, with the
 * tokens of each role counted by the export's tokenizer. Built on the preview's background thread.
 *
 * @param sampleId the record's sample (the first one not cut short, else the first)
 * @param cut true when every record was cut at a step boundary: the mask is then the whole sample's
 * @param tokensByRole {@code [trained, masked]} tokens per role, in the order the roles first appear
 */
public record LossMaskPreview(String sampleId, LossMask mask, Map<String, int[]> tokensByRole, boolean exact, boolean cut) {

    /** Null when the preview wrote no record. */
    static LossMaskPreview of(Path previewFile, Library library, Renderer renderer, TokenCounter counter) throws IOException {
        String first = null;
        String whole = null;
        try (BufferedReader reader = Files.newBufferedReader(previewFile, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null && whole == null; line = reader.readLine()) {
                JsonNode record = Json.MAPPER.readTree(line);
                // A packed line holds several records: its first one stands for it.
                JsonNode id = record.has("id") ? record.get("id") : record.path("ids").path(0);
                if (!id.isString()) {
                    continue;
                }
                first = first == null ? id.stringValue() : first;
                JsonNode truncated = record.path("truncated");
                boolean cut = truncated.asBoolean(false) || truncated.isArray() && !truncated.isEmpty();
                whole = cut ? null : id.stringValue();
            }
        }
        String chosen = whole != null ? whole : first;
        if (chosen == null) {
            return null;
        }
        Sample sample = library.samples().load(chosen).orElse(null);
        if (sample == null) {
            return null;
        }
        LossMask mask = renderer.lossMask(sample, sample.steps().size());
        return new LossMaskPreview(chosen, mask, mask.tokensByRole(counter), counter.exact(), whole == null);
    }
}
