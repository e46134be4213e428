package org.trajectorystudio.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trajectorystudio.inference.export.MegatronDataset;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.megatron.IndexedDatasetWriter;
import org.trajectorystudio.persistence.export.JsonlToParquet;

/**
 * What one shard becomes. The job writes each shard's lines (records, or packed sequences: byte for byte the lines of
 * the studio's export) to a local JSONL file on the executor; the format turns that file into the shard's files with
 * the converter {@code ./studio export} itself runs on its JSONL, so a shard is what the studio writes for the same
 * records: {@code --parquet}'s DuckDB conversion, {@code --megatron}'s exact token ids.
 */
public enum ShardFormat {
    /** One JSON object a line: the local file as it is. */
    JSONL("jsonl"),
    /**
     * {@code train-00000-of-00004.parquet}, the studio's {@link JsonlToParquet} (one thread, rows in order, zstd). Each
     * shard's schema is inferred from its own rows, as the studio infers each split's file; an empty shard has no rows
     * to infer it from and gets no file (as an empty split in the studio).
     */
    PARQUET("parquet"),
    /**
     * {@code train-00000-of-00004_text_document.bin/.idx}, the studio's {@link MegatronDataset}: each text's exact token
     * ids with {@code <|endoftext|>} appended. Text formats with an {@code hf:} tokenizer only.
     */
    MEGATRON("megatron");

    private final String wireName;

    ShardFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ShardFormat fromWireName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ShardFormat format : values()) {
            if (format.wireName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown shard format '" + name + "' (expected jsonl, parquet or megatron)");
    }

    /** On the driver, before any task: a Megatron dataset needs text records and the exact token ids. */
    void check(ExportTools tools) {
        if (this != MEGATRON) {
            return;
        }
        if (tools.profile.format() == ExportFormat.CHAT) {
            throw new IllegalArgumentException("megatron shards need a text format (cpt-text, has-text or fas-text), not chat");
        }
        if (!(tools.counter instanceof HfTokenizerCounter)) {
            throw new IllegalArgumentException("megatron shards need an exact hf:PATH tokenizer (the dataset holds its token ids)");
        }
    }

    /** The files a shard's local JSONL becomes, beside it (their names are the shard's file names); records first. */
    List<Path> files(Path jsonl, ExportTools tools) throws IOException {
        return switch (this) {
            case JSONL -> List.of(jsonl);
            case PARQUET -> {
                if (Files.size(jsonl) == 0) {
                    yield List.of();
                }
                Path parquet = JsonlToParquet.parquetPath(jsonl);
                JsonlToParquet.convert(jsonl, parquet);
                yield List.of(parquet);
            }
            case MEGATRON -> {
                Path prefix = MegatronDataset.write(jsonl, (HfTokenizerCounter) tools.counter);
                yield List.of(IndexedDatasetWriter.bin(prefix), IndexedDatasetWriter.idx(prefix));
            }
        };
    }
}
