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
        Path train = JsonlToParquet.parquetPath(result.out());
        JsonlToParquet.convert(result.out(), train);
        parquet.add(train);
        splits.add(new DatasetCard.Split("train", train.getFileName().toString()));
        if (result.validationOut() != null) {
            Path validation = JsonlToParquet.parquetPath(result.validationOut());
            JsonlToParquet.convert(result.validationOut(), validation);
            parquet.add(validation);
            splits.add(new DatasetCard.Split("validation", validation.getFileName().toString()));
        }
        String name = train.getFileName().toString();
        String title = name.substring(0, name.length() - ".parquet".length());
        Path card = result.out().resolveSibling("README.md");
        try (AtomicFile file = new AtomicFile(card)) {
            file.write(DatasetCard.render(title, result.report(), splits).getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        return new Files(List.copyOf(parquet), card);
    }
}
