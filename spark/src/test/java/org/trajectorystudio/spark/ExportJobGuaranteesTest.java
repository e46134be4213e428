package org.trajectorystudio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.export.DedupOptions;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.model.export.pack.Packer;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * What the job promises beyond equality with one studio run: the same bytes whatever the partitioning and shard size;
 * the grouped first-fit-decreasing packing never overfills a sequence, places every record exactly once and reports
 * its efficiency; bad arguments are one line and exit 2. Real files, real tokenizer, Spark local[2].
 */
class ExportJobGuaranteesTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("export-guarantees")
                .config("spark.ui.enabled", "false").config("spark.default.parallelism", "2").getOrCreate();
        ExportJobEqualityTest.spark = spark;
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static ExportProfileFile profile(PackingOptions packing) {
        return new ExportProfileFile(ExportFormat.CPT_TEXT, new ExportProfileFile.Selection(false, 0, null), 2048, OverBudget.TRUNCATE,
                "hf:" + ExportJobEqualityTest.shared("qwen3/tokenizer.json"), "chatml", 5, false, new DedupOptions(3, 0.8), 0.1, packing);
    }

    private ExportJob.Result run(ExportProfileFile profile, String out, long shardRecords, long packGroup, int partitions) {
        return ExportJob.run(spark, new ExportJob.Options(ExportJobEqualityTest.inputs(), null, profile, null, dir.resolve(out).toString(),
                ShardFormat.JSONL, shardRecords, packGroup, partitions, "test"));
    }

    @Test
    void theSameInputAndProfileGiveTheSameBytesWhateverThePartitioningAndShardSize() throws Exception {
        ExportJob.Result one = run(profile(null), "one", 1000, 1, 1);
        ExportJob.Result many = run(profile(null), "many", 23, 1, 7);

        assertThat(ExportJobEqualityTest.concatenated(dir.resolve("many"), "train"))
                .isEqualTo(ExportJobEqualityTest.concatenated(dir.resolve("one"), "train"));
        assertThat(ExportJobEqualityTest.concatenated(dir.resolve("many"), "validation"))
                .isEqualTo(ExportJobEqualityTest.concatenated(dir.resolve("one"), "validation"));
        JsonNode a = Json.MAPPER.readTree(Files.readString(dir.resolve("one").resolve(ExportJob.MANIFEST)));
        JsonNode b = Json.MAPPER.readTree(Files.readString(dir.resolve("many").resolve(ExportJob.MANIFEST)));
        ((tools.jackson.databind.node.ObjectNode) a).remove("outputs");
        ((tools.jackson.databind.node.ObjectNode) b).remove("outputs");
        assertThat(b).isEqualTo(a); // removed records too, in the job's documented order
        assertThat(many.manifest().outputs()).hasSizeGreaterThan(one.manifest().outputs().size());
        for (Manifest.Output output : many.manifest().outputs()) {
            assertThat(output.records()).isLessThanOrEqualTo(23);
        }
    }

    @Test
    void groupedPackingNeverOverfillsPlacesEveryRecordOnceAndReportsItsEfficiency() throws Exception {
        int length = 4096;
        ExportJob.Result result = run(profile(new PackingOptions(length, "<|endoftext|>")), "packed", 1, 16, 0);
        Manifest manifest = result.manifest();

        List<String> placed = new ArrayList<>();
        long used = 0;
        try (Stream<Path> files = Files.list(dir.resolve("packed"))) {
            for (Path shard : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(shard, StandardCharsets.UTF_8);
                int records = 0;
                for (String line : lines) {
                    JsonNode sequence = Json.MAPPER.readTree(line);
                    assertThat(sequence.get("tokens").intValue()).isLessThanOrEqualTo(length);
                    used += sequence.get("tokens").longValue();
                    sequence.get("ids").forEach(id -> placed.add(id.stringValue()));
                    records += sequence.get("ids").size();
                }
                assertThat(records).as(shard.toString()).isLessThanOrEqualTo(16); // one group of at most 16 records per shard
            }
        }
        List<String> exported = manifest.samples().stream().map(Manifest.Entry::id).toList();
        assertThat(placed).containsExactlyInAnyOrderElementsOf(exported).doesNotHaveDuplicates();
        assertThat(manifest.packing().usedTokens()).isEqualTo(used);
        assertThat(manifest.packing().efficiency()).isEqualTo((double) used / (manifest.packing().sequences() * (double) length));
        // Groups cost sequences against one global first-fit decreasing, never records.
        int[] sizes = manifest.samples().stream().mapToInt(entry -> entry.tokens() + manifest.packing().separatorTokens()).toArray();
        assertThat(manifest.packing().sequences()).isGreaterThanOrEqualTo(Packer.firstFitDecreasing(sizes, length).bins().size());
        assertThat(manifest.packing().efficiency()).isGreaterThan(0.5);
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"format\": \"cpt-text\", \"maxTokns\": 5}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ExportJobMain.run(new PrintWriter(out), new PrintWriter(err), "--input", "x.jsonl", "--profile", profile.toString(),
                "--out", dir.resolve("o").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("spark export: " + profile + ": unknown key 'maxTokns'").hasLineCount(1);

        Files.writeString(profile, new String(ExportProfileFile.defaults(ExportFormat.CHAT).toBytes(), StandardCharsets.UTF_8));
        StringWriter missing = new StringWriter();
        exit = ExportJobMain.run(new PrintWriter(out), new PrintWriter(missing), "--input", dir.resolve("none-*.jsonl").toString(),
                "--profile", profile.toString(), "--out", dir.resolve("o").toString(), "--master", "local[1]");
        assertThat(exit).isEqualTo(2);
        assertThat(missing.toString()).contains("none-*.jsonl: no such file").hasLineCount(1);

        // A Megatron dataset holds token ids of texts: a chat profile is refused before any task runs.
        StringWriter chat = new StringWriter();
        exit = ExportJobMain.run(new PrintWriter(out), new PrintWriter(chat), "--input", ExportJobEqualityTest.shared("webdancer_sample_traj.jsonl").toString(),
                "--profile", profile.toString(), "--out", dir.resolve("m").toString(), "--shard-format", "megatron", "--master", "local[1]");
        assertThat(exit).isEqualTo(2);
        assertThat(chat.toString()).startsWith("spark export: megatron shards need a text format").hasLineCount(1);
        StringWriter format = new StringWriter();
        exit = ExportJobMain.run(new PrintWriter(out), new PrintWriter(format), "--input", "x.jsonl", "--profile", profile.toString(),
                "--out", dir.resolve("f").toString(), "--shard-format", "arrow");
        assertThat(exit).isEqualTo(2);
        assertThat(format.toString()).startsWith("spark export: unknown shard format 'arrow'").hasLineCount(1);
    }
}
