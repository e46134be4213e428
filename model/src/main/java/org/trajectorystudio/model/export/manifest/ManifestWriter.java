package org.trajectorystudio.model.export.manifest;

import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a manifest as pretty-printed JSON with a fixed key order. */
public final class ManifestWriter {
    private ManifestWriter() {}

    public static byte[] write(Manifest manifest) {
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(manifest));
    }

    public static ObjectNode toJson(Manifest manifest) {
        ObjectNode root = Json.object();
        root.put("schema", Manifest.SCHEMA);
        root.put("studioVersion", manifest.studioVersion());

        Manifest.Profile profile = manifest.profile();
        ObjectNode profileNode = root.putObject("profile");
        profileNode.put("format", profile.format());
        profileNode.put("rendering", profile.rendering());
        if (profile.maxTokens() == null) {
            profileNode.putNull("maxTokens");
        } else {
            profileNode.put("maxTokens", profile.maxTokens());
        }
        profileNode.put("overBudget", profile.overBudget());
        profileNode.put("seed", profile.seed());
        profileNode.put("shuffleCandidates", profile.shuffleCandidates());
        profileNode.put("maxPerQuestion", profile.maxPerQuestion());
        profileNode.put("nearDuplicateThreshold", profile.nearDuplicateThreshold());
        profileNode.put("validationFraction", profile.validationFraction());

        ObjectNode filters = root.putObject("filters");
        manifest.filters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> filters.put(entry.getKey(), entry.getValue()));

        ObjectNode tokenizer = root.putObject("tokenizer");
        tokenizer.put("name", manifest.tokenizer().name());
        tokenizer.put("exact", manifest.tokenizer().exact());
        root.put("template", manifest.template());

        Manifest.Counts counts = manifest.counts();
        ObjectNode countsNode = root.putObject("counts");
        countsNode.put("read", counts.read());
        countsNode.put("exported", counts.exported());
        countsNode.put("train", counts.train());
        countsNode.put("validation", counts.validation());
        countsNode.put("dropped", counts.dropped());
        countsNode.put("truncated", counts.truncated());
        countsNode.put("truncatedWithoutFinalAnswer", counts.truncatedWithoutFinalAnswer());
        countsNode.put("deduplicated", counts.deduplicated());
        countsNode.put("exactDuplicates", counts.exactDuplicates());
        countsNode.put("overQuestionLimit", counts.overQuestionLimit());
        countsNode.put("skipped", counts.skipped());
        if (counts.cutBeforeNotExecuted() > 0) { // absent when nothing was cut: manifests of such exports are unchanged
            countsNode.put("cutBeforeNotExecuted", counts.cutBeforeNotExecuted());
        }

        Manifest.Tokens tokens = manifest.tokens();
        ObjectNode tokensNode = root.putObject("tokens");
        tokensNode.put("total", tokens.total());
        tokensNode.put("min", tokens.min());
        tokensNode.put("max", tokens.max());
        tokensNode.put("mean", tokens.mean());
        ArrayNode histogram = tokensNode.putArray("histogram");
        for (Manifest.Bucket bucket : tokens.histogram()) {
            ObjectNode node = histogram.addObject();
            if (bucket.upTo() == null) {
                node.putNull("upTo");
            } else {
                node.put("upTo", bucket.upTo());
            }
            node.put("records", bucket.records());
        }

        Manifest.PackingSummary packing = manifest.packing();
        if (packing == null) {
            root.putNull("packing");
        } else {
            ObjectNode node = root.putObject("packing");
            node.put("sequenceLength", packing.sequenceLength());
            node.put("separator", packing.separator());
            node.put("separatorTokens", packing.separatorTokens());
            node.put("sequences", packing.sequences());
            node.put("usedTokens", packing.usedTokens());
            node.put("efficiency", Math.round(packing.efficiency() * 1e6) / 1e6);
        }

        ObjectNode questions = root.putObject("questions");
        questions.put("distinct", manifest.questions().distinct());
        questions.put("clusters", manifest.questions().clusters());

        ArrayNode outputs = root.putArray("outputs");
        for (Manifest.Output output : manifest.outputs()) {
            ObjectNode node = outputs.addObject();
            node.put("file", output.file());
            node.put("split", output.split());
            node.put("lines", output.lines());
            node.put("records", output.records());
            node.put("sha256", output.sha256());
        }

        ArrayNode sources = root.putArray("sources");
        for (Manifest.Source source : manifest.sources()) {
            ObjectNode node = sources.addObject();
            node.put("datasetHash", source.datasetHash());
            node.put("read", source.read());
            node.put("exported", source.exported());
        }

        ArrayNode samples = root.putArray("samples");
        for (Manifest.Entry entry : manifest.samples()) {
            ObjectNode node = samples.addObject();
            node.put("id", entry.id());
            node.put("revision", entry.revision());
            node.put("dataset", entry.dataset());
            node.put("split", entry.split());
            node.put("tokens", entry.tokens());
            node.put("truncated", entry.truncated());
            if (entry.truncated()) {
                node.put("finalAnswerLost", entry.finalAnswerLost());
            }
        }

        ArrayNode removed = root.putArray("removed");
        for (Manifest.Removed entry : manifest.removed()) {
            ObjectNode node = removed.addObject();
            node.put("id", entry.id());
            node.put("revision", entry.revision());
            node.put("reason", entry.reason());
        }
        return root;
    }
}
