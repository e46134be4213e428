package org.trajectorystudio.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.card.DatasetCard;
import org.trajectorystudio.model.export.io.AtomicFile;
import org.trajectorystudio.persistence.export.JsonlToParquet;

/**
 * The HuggingFace Hub form of an export: each JSONL split as Parquet next to it ({@code set.jsonl} →
 * {@code set.parquet}, {@code set.validation.jsonl} → {@code set.validation.parquet}) and a README.md dataset card in
 * the same folder, made from the manifest.
 */
public final class HubDataset {
    /** @param parquet train first, then validation when there is one */
    public record Files(List<Path> parquet, Path card) {}

    private HubDataset() {}

    public static Files write(ExportResult result) throws IOException {
        List<Path> parquet = new ArrayList<>();
        List<DatasetCard.Split> splits = new ArrayList<>();
        split("train", result.out(), parquet, splits);
        if (result.validationOut() != null) {
            split("validation", result.validationOut(), parquet, splits);
        }
        String name = result.out().getFileName().toString();
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path card = result.out().resolveSibling("README.md");
        try (AtomicFile file = new AtomicFile(card)) {
            file.write(DatasetCard.render(title, result.report(), splits).getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        return new Files(List.copyOf(parquet), card);
    }

    /** An empty split has no rows to infer a schema from: it gets no Parquet file and no entry in the card. */
    private static void split(String name, Path jsonl, List<Path> parquet, List<DatasetCard.Split> splits) throws IOException {
        if (java.nio.file.Files.size(jsonl) == 0) {
            return;
        }
        Path file = JsonlToParquet.parquetPath(jsonl);
        JsonlToParquet.convert(jsonl, file);
        parquet.add(file);
        splits.add(new DatasetCard.Split(name, file.getFileName().toString()));
    }
}
