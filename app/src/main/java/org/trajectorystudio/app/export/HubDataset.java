package org.trajectorystudio.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.model.export.card.DatasetCard;
import org.trajectorystudio.model.export.io.AtomicFile;
import org.trajectorystudio.persistence.export.JsonlToParquet;

/**
 * The HuggingFace Hub form of an export: each JSONL split as Parquet next to it ({@code set.jsonl} →
 * {@code set.parquet}, {@code set.validation.jsonl} → {@code set.validation.parquet}) and a README.md dataset card in
 * the same folder, made from the manifest. A README.md already there that is not an unedited studio card (see
 * {@link DatasetCard#isUnchangedStudioCard}) is left as it is: the card then goes to {@code FILE.README.md} beside the
 * training set.
 */
public final class HubDataset {
    /** Larger than any card the studio writes: a README.md this big is someone else's. */
    private static final long MAX_CARD_BYTES = 4L << 20;

    /**
     * @param parquet train first, then validation when there is one
     * @param keptReadme the folder's README.md, left alone because the studio did not write it (or it was edited since);
     *     null when the card is that README.md
     */
    public record Files(List<Path> parquet, Path card, Path keptReadme) {
        /** Why the card is not README.md, to follow its path in a summary; empty when it is. */
        public String cardNote() {
            return keptReadme == null ? "" : " (" + keptReadme.getFileName() + " there is not a card the studio wrote, or was edited: left as it was)";
        }
    }

    private HubDataset() {}

    /**
     * The Parquet files as the export pipeline's derived files: made once the JSONL splits are in place and before
     * the manifest, which lists and hashes them (a manifest on disk means every file it names is complete).
     */
    public static ExportPipeline.DerivedFiles parquet() {
        return (folder, data) -> {
            List<Manifest.Output> written = new ArrayList<>();
            for (Manifest.Output split : data) {
                Path jsonl = folder.resolve(split.file());
                // An empty split has no rows to infer a schema from: it gets no Parquet file and no entry in the card.
                if (java.nio.file.Files.size(jsonl) > 0) {
                    Path file = JsonlToParquet.parquetPath(jsonl);
                    JsonlToParquet.convert(jsonl, file);
                    written.add(new Manifest.Output(file.getFileName().toString(), split.split(), split.lines(), split.records(),
                            ExportTargets.sha256(file)));
                }
            }
            return written;
        };
    }

    /** The dataset card, made from the manifest (after it): the Parquet files it lists are the card's splits. */
    public static Files card(ExportResult result) throws IOException {
        List<Path> parquet = new ArrayList<>();
        List<DatasetCard.Split> splits = new ArrayList<>();
        // The Parquet files are the ones named after a data split (a JSONL may itself be called set.parquet).
        java.util.Set<String> made = new java.util.HashSet<>();
        made.add(JsonlToParquet.parquetPath(result.out()).getFileName().toString());
        if (result.validationOut() != null) {
            made.add(JsonlToParquet.parquetPath(result.validationOut()).getFileName().toString());
        }
        for (Manifest.Output output : result.report().outputs()) {
            if (made.contains(output.file())) {
                parquet.add(result.out().resolveSibling(output.file()));
                splits.add(new DatasetCard.Split(output.split(), output.file()));
            }
        }
        String name = result.out().getFileName().toString();
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path readme = result.out().resolveSibling("README.md");
        boolean replaceable = replaceable(readme);
        Path card = replaceable ? readme : cardBeside(result.out());
        try (AtomicFile file = new AtomicFile(card)) {
            file.write(DatasetCard.render(title, result.report(), splits).getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        return new Files(List.copyOf(parquet), card, replaceable ? null : readme);
    }

    /** Where the card goes when the folder's README.md is not ours: {@code set.jsonl} → {@code set.jsonl.README.md}. */
    public static Path cardBeside(Path out) {
        return out.resolveSibling(out.getFileName() + ".README.md");
    }

    /** No README.md yet, or one the studio wrote and nobody changed. */
    private static boolean replaceable(Path readme) throws IOException {
        if (!java.nio.file.Files.exists(readme, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!java.nio.file.Files.isRegularFile(readme, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || java.nio.file.Files.size(readme) > MAX_CARD_BYTES) {
            return false;
        }
        return DatasetCard.isUnchangedStudioCard(new String(java.nio.file.Files.readAllBytes(readme), StandardCharsets.UTF_8));
    }
}
