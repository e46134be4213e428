package org.trajectorystudio.model.export.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.trajectorystudio.model.export.manifest.Manifest;

/**
 * The README.md dataset card the HuggingFace Hub reads next to Parquet files: YAML front matter (license placeholder,
 * task, size category, one config whose splits name the Parquet files) and a body made from the export's manifest
 * (profile, counts, token statistics, tokenizer and template identity, source dataset hashes). Everything comes from
 * the manifest, so the card is as reproducible as the export.
 *
 * <p>The card ends with a marker comment holding the SHA-256 of everything above it. A README.md that ends with a
 * matching marker is a card the studio wrote and nobody edited since, which a new export may replace; any other
 * README.md (the researcher's own, or a card they edited, say to fill in the license) is theirs.
 */
public final class DatasetCard {
    /** @param parquetFile file name of the split's Parquet file, relative to the card */
    public record Split(String name, String parquetFile) {}

    private static final String MARKER_START = "<!-- written by Trajectory Studio, sha256:";
    private static final String MARKER_END = " of the text above; an edited card is never replaced by a later export -->\n";

    private DatasetCard() {}

    public static String render(String title, Manifest manifest, List<Split> splits) {
        StringBuilder card = new StringBuilder();
        card.append("---\n");
        card.append("license: other # placeholder: choose the license the source datasets allow\n");
        card.append("task_categories:\n- text-generation\n");
        card.append("language:\n- en\n");
        card.append("tags:\n- agent\n- tool-use\n- continual-pretraining\n- trajectory-studio\n");
        card.append("size_categories:\n- ").append(sizeCategory(manifest.counts().exported())).append('\n');
        card.append("configs:\n- config_name: default\n  data_files:\n");
        for (Split split : splits) {
            card.append("  - split: ").append(split.name()).append('\n');
            card.append("    path: ").append(yamlString(split.parquetFile())).append('\n');
        }
        card.append("---\n\n");

        Manifest.Profile profile = manifest.profile();
        Manifest.Counts counts = manifest.counts();
        Manifest.Tokens tokens = manifest.tokens();
        card.append("# ").append(title).append("\n\n");
        card.append("Agent-training samples curated in Trajectory Studio ").append(manifest.studioVersion())
                .append(" and exported as `").append(profile.format()).append("` records")
                .append(" for agentic continual pre-training (first-order and higher-order action synthesis).\n\n");

        card.append("## Export profile\n\n");
        row(card, "format", profile.format());
        row(card, "max tokens per record", profile.maxTokens() == null ? "no budget" : String.format(Locale.ROOT, "%,d", profile.maxTokens()));
        row(card, "over budget", profile.overBudget());
        row(card, "seed", Long.toString(profile.seed()));
        row(card, "max per question", profile.maxPerQuestion() == 0 ? "no limit" : Integer.toString(profile.maxPerQuestion()));
        row(card, "near-duplicate threshold", profile.nearDuplicateThreshold() == 0 ? "off" : Double.toString(profile.nearDuplicateThreshold()));
        row(card, "validation fraction", Double.toString(profile.validationFraction()));
        manifest.filters().forEach((key, value) -> row(card, "filter " + key, value));
        card.append('\n');

        card.append("## Counts\n\n");
        row(card, "read", number(counts.read()));
        row(card, "exported", number(counts.exported()) + " (train " + number(counts.train()) + ", validation " + number(counts.validation()) + ")");
        row(card, "dropped over budget", number(counts.dropped()));
        row(card, "truncated at a step boundary", number(counts.truncated()));
        row(card, "deduplicated", number(counts.deduplicated()) + " (exact " + number(counts.exactDuplicates())
                + ", over question limit " + number(counts.overQuestionLimit()) + ")");
        row(card, "skipped (kind not in format)", number(counts.skipped()));
        row(card, "distinct questions / clusters", number(manifest.questions().distinct()) + " / " + number(manifest.questions().clusters()));
        card.append('\n');

        card.append("## Tokens\n\n");
        row(card, "tokenizer", "`" + manifest.tokenizer().name() + "`" + (manifest.tokenizer().exact() ? "" : " (approximate counts)"));
        row(card, "template", "`" + manifest.template() + "`");
        row(card, "total", number(tokens.total()));
        row(card, "min / mean / max", number(tokens.min()) + " / " + number(tokens.mean()) + " / " + number(tokens.max()));
        if (manifest.packing() != null) {
            Manifest.PackingSummary packing = manifest.packing();
            row(card, "packing", number(packing.sequences()) + " sequences of " + number(packing.sequenceLength())
                    + " tokens, efficiency " + String.format(Locale.ROOT, "%.1f%%", packing.efficiency() * 100));
        }
        card.append("\n| tokens up to | records |\n| ---: | ---: |\n");
        for (Manifest.Bucket bucket : tokens.histogram()) {
            card.append("| ").append(bucket.upTo() == null ? "more" : number(bucket.upTo())).append(" | ")
                    .append(number(bucket.records())).append(" |\n");
        }
        card.append('\n');

        card.append("## Sources\n\n| dataset sha256 | read | exported |\n| --- | ---: | ---: |\n");
        for (Manifest.Source source : manifest.sources()) {
            card.append("| `").append(source.datasetHash()).append("` | ").append(number(source.read())).append(" | ")
                    .append(number(source.exported())).append(" |\n");
        }
        card.append("\nThe export's manifest (`*.manifest.json`) lists every sample id with its revision.\n");
        String body = card.toString();
        return body + "\n" + marker(body + "\n");
    }

    /** True for a card as {@link #render} wrote it: its marker is the last line and matches the text above it. */
    public static boolean isUnchangedStudioCard(String text) {
        int start = text.lastIndexOf(MARKER_START);
        if (start < 0 || (start > 0 && text.charAt(start - 1) != '\n')) {
            return false;
        }
        String above = text.substring(0, start);
        return text.substring(start).equals(marker(above));
    }

    private static String marker(String above) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(above.getBytes(StandardCharsets.UTF_8));
            return MARKER_START + HexFormat.of().formatHex(digest) + MARKER_END;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The Hub's size_categories value for a row count. */
    static String sizeCategory(long rows) {
        if (rows < 1_000) {
            return "n<1K";
        }
        long lower = 1_000;
        String[] names = {"1K", "10K", "100K", "1M", "10M", "100M", "1B"};
        for (int i = 0; i < names.length - 1; i++) {
            if (rows < lower * 10) {
                return names[i] + "<n<" + names[i + 1];
            }
            lower *= 10;
        }
        return "n>1B";
    }

    private static void row(StringBuilder card, String name, String value) {
        card.append("- **").append(name).append("**: ").append(value).append('\n');
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
