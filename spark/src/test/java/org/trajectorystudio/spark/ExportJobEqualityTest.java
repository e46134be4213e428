package org.trajectorystudio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
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
import org.trajectorystudio.app.cli.StudioCommand;
import org.trajectorystudio.inference.export.MegatronReader;
import org.trajectorystudio.model.export.DedupOptions;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Spark job against the studio's own {@code export} command on a real library made from the same files (imported
 * in the job's path order), same profile: the shards of each split, concatenated, are the studio's file byte for
 * byte; the manifests agree on every count, token figure, sample entry, source and question figure, and hold the same
 * removed records. Real inputs (the WebDancer trajectories and the bundled samples), the real Qwen3 tokenizer.json,
 * real H2 library, real Spark on local[2].
 */
class ExportJobEqualityTest {
    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("export-equality")
                .config("spark.ui.enabled", "false")
                .config("spark.default.parallelism", "3")
                .config("spark.sql.shuffle.partitions", "3")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    static Path shared(String name) {
        return find(Path.of("shared", "data", name));
    }

    static Path find(Path relative) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(relative))) {
                return at.resolve(relative);
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    private static Path variants;

    /**
     * The real WebDancer file, two variants of its first 40 trajectories made the way {@code shared/bench/make_varied.py}
     * makes its real-shaped file (the question gets " (variant N)", each thought a run marker: near-identical questions,
     * so clusters of three), and the bundled samples (every kind), in the job's order.
     */
    static synchronized List<String> inputs() {
        try {
            if (variants == null) {
                variants = Files.createTempDirectory("export-variants-").resolve("webdancer_variants.jsonl");
                List<String> lines = Files.readAllLines(shared("webdancer_sample_traj.jsonl"));
                List<String> out = new ArrayList<>();
                for (int variant = 1; variant <= 2; variant++) {
                    for (String line : lines.subList(0, 40)) {
                        ObjectNode record = (ObjectNode) Json.MAPPER.readTree(line);
                        boolean first = true;
                        for (JsonNode message : record.get("messages")) {
                            ObjectNode m = (ObjectNode) message;
                            if (first && "user".equals(m.get("role").stringValue())) {
                                m.put("content", m.get("content").stringValue() + " (variant " + variant + ")");
                                first = false;
                            } else if ("assistant".equals(m.get("role").stringValue())) {
                                m.put("content", m.get("content").stringValue().replaceFirst("<think>", "<think>\n[run " + variant + "]"));
                            }
                        }
                        out.add(Json.write(record));
                    }
                }
                Files.write(variants, out);
                variants.toFile().deleteOnExit();
                variants.getParent().toFile().deleteOnExit();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> globs = List.of(shared("webdancer_sample_traj.jsonl").toString(), variants.toString(),
                find(Path.of("assets", "samples")) + "/*.jsonl");
        return SourceFiles.expand(globs, spark.sparkContext().hadoopConfiguration());
    }

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return Json.MAPPER.readTree(out);
        }
    }

    private Run studio(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--library", dir.resolve("library").toString()));
        all.addAll(List.of(args));
        int exit = StudioCommand.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private void importAll(List<String> files) {
        for (String file : files) {
            Run run = studio("import", Path.of(URI.create(file)).toString(), "--json");
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
        }
    }

    /** The studio's export command for a profile: the same choices as flags. */
    private Run studioExport(ExportProfileFile profile, Path out, boolean anyVerdict, String... outputs) {
        List<String> args = new ArrayList<>(List.of("export", "--out", out.toString(), "--format", profile.format().wireName(),
                "--over-budget", profile.overBudget().wireName(), "--tokenizer", profile.tokenizer(), "--template", profile.template(),
                "--seed", Long.toString(profile.seed()), "--max-per-question", Integer.toString(profile.dedup().maxPerQuestion()),
                "--validation", Double.toString(profile.validationFraction()), "--json"));
        if (profile.maxTokens() != null) {
            args.addAll(List.of("--max-tokens", profile.maxTokens().toString()));
        }
        if (profile.dedup().nearDuplicateThreshold() > 0) {
            args.addAll(List.of("--near-duplicates", Double.toString(profile.dedup().nearDuplicateThreshold())));
        }
        if (profile.packing() != null) {
            args.addAll(List.of("--pack-length", Integer.toString(profile.packing().sequenceLength())));
        }
        if (profile.shuffleCandidates()) {
            args.add("--shuffle-candidates");
        }
        if (anyVerdict) {
            args.add("--any-verdict");
        }
        args.addAll(List.of(outputs));
        if (profile.selection().minRating() > 0) {
            args.addAll(List.of("--min-rating", Integer.toString(profile.selection().minRating())));
        }
        Run run = studio(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        return run;
    }

    private ExportJob.Result sparkExport(ExportProfileFile profile, String log, Path out, long shardRecords) {
        return sparkExport(profile, log, out, ShardFormat.JSONL, shardRecords);
    }

    private ExportJob.Result sparkExport(ExportProfileFile profile, String log, Path out, ShardFormat format, long shardRecords) {
        return ExportJob.run(spark, new ExportJob.Options(inputs(), null, profile, log, out.toString(), format, shardRecords,
                ExportJob.Options.PACK_GROUP, 0, "test"));
    }

    private static String tokenizer() {
        return "hf:" + shared("qwen3/tokenizer.json");
    }

    /** The files of one split's shards that end with {@code ending}, in shard order. */
    static List<Path> shards(Path folder, String split, String ending) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(split + "-") && f.getFileName().toString().endsWith(ending))
                    .sorted().toList();
        }
    }

    /** The shards of one split, concatenated in their order. */
    static byte[] concatenated(Path folder, String split) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path shard : files.filter(f -> f.getFileName().toString().startsWith(split + "-")).sorted().toList()) {
                bytes.write(Files.readAllBytes(shard));
            }
        }
        return bytes.toByteArray();
    }

    /** Everything both manifests must agree on (the outputs name different files; filters describe different selections). */
    static void assertSameManifest(Path studioManifest, Path sparkManifest) throws Exception {
        JsonNode studio = Json.MAPPER.readTree(Files.readString(studioManifest));
        JsonNode job = Json.MAPPER.readTree(Files.readString(sparkManifest));
        for (String field : List.of("schema", "profile", "tokenizer", "template", "counts", "tokens", "packing", "questions", "sources", "samples")) {
            assertThat(job.get(field)).as(field).isEqualTo(studio.get(field));
        }
        List<String> studioRemoved = new ArrayList<>();
        studio.get("removed").forEach(node -> studioRemoved.add(Json.write(node)));
        List<String> jobRemoved = new ArrayList<>();
        job.get("removed").forEach(node -> jobRemoved.add(Json.write(node)));
        assertThat(jobRemoved).containsExactlyInAnyOrderElementsOf(studioRemoved);
        long lines = 0;
        long records = 0;
        for (JsonNode output : job.get("outputs")) {
            String file = output.get("file").stringValue();
            assertThat(output.get("sha256").stringValue()).as(file)
                    .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(sparkManifest.resolveSibling(file)))));
            if (file.endsWith(".idx")) {
                continue; // a Megatron shard's index: its .bin carries the same counts
            }
            lines += output.get("lines").longValue();
            records += output.get("records").longValue();
        }
        long studioLines = 0;
        for (JsonNode output : studio.get("outputs")) {
            // The studio's manifest lists its Parquet files beside the JSONL they were made from: count the data once.
            if (output.get("file").stringValue().endsWith(".jsonl")) {
                studioLines += output.get("lines").longValue();
            }
        }
        assertThat(lines).isEqualTo(studioLines);
        assertThat(records).isEqualTo(studio.get("counts").get("exported").longValue());
    }

    @Test
    void budgetNearDuplicatesLimitAndSplitGiveTheStudiosFilesAndManifest() throws Exception {
        ExportProfileFile profile = new ExportProfileFile(ExportFormat.CPT_TEXT, new ExportProfileFile.Selection(false, 0, null), 8192,
                OverBudget.TRUNCATE, tokenizer(), "chatml", 7, false, new DedupOptions(2, 0.8), 0.2, null);
        List<String> files = inputs();
        importAll(files);
        Path local = dir.resolve("studio").resolve("set.jsonl");
        Files.createDirectories(local.getParent());
        Run studio = studioExport(profile, local, true);

        Path out = dir.resolve("spark");
        ExportJob.Result job = sparkExport(profile, null, out, 37);

        assertThat(concatenated(out, "train")).isEqualTo(Files.readAllBytes(local));
        assertThat(concatenated(out, "validation")).isEqualTo(Files.readAllBytes(dir.resolve("studio").resolve("set.validation.jsonl")));
        assertSameManifest(dir.resolve("studio").resolve("set.jsonl.manifest.json"), out.resolve(ExportJob.MANIFEST));
        // The case is not trivial: every decision the profile asks for happened.
        assertThat(job.manifest().counts().exported()).isEqualTo(studio.json().get("exported").longValue()).isGreaterThan(50);
        assertThat(job.manifest().counts().truncated()).isPositive();
        assertThat(job.manifest().counts().overQuestionLimit()).isPositive();
        assertThat(job.manifest().questions().clusters()).isLessThan(job.manifest().questions().distinct());
        assertThat(job.manifest().counts().validation()).isPositive();
        assertThat(job.manifest().outputs()).hasSizeGreaterThan(2); // several shards per split
        assertThat(job.manifest().tokenizer().exact()).isTrue();
    }

    @Test
    void packedHasTextWithShuffledCandidatesIsTheStudiosPacking() throws Exception {
        ExportProfileFile profile = new ExportProfileFile(ExportFormat.HAS_TEXT, new ExportProfileFile.Selection(false, 0, null), null,
                OverBudget.DROP, tokenizer(), "chatml", 3, true, DedupOptions.EXACT_ONLY, 0, new PackingOptions(4096, "<|endoftext|>"));
        importAll(inputs());
        Path local = dir.resolve("studio").resolve("packed.jsonl");
        Files.createDirectories(local.getParent());
        studioExport(profile, local, true);

        Path out = dir.resolve("spark");
        ExportJob.Result job = sparkExport(profile, null, out, ExportJob.Options.SHARD_RECORDS);

        assertThat(concatenated(out, "train")).isEqualTo(Files.readAllBytes(local));
        assertSameManifest(dir.resolve("studio").resolve("packed.jsonl.manifest.json"), out.resolve(ExportJob.MANIFEST));
        assertThat(job.manifest().packing().sequences()).isPositive().isLessThan(job.manifest().counts().exported());
        assertThat(job.manifest().counts().skipped()).isPositive(); // trajectories and FAS samples have no has-text form
    }

    @Test
    void parquetAndMegatronShardsHoldTheStudiosRowsAndTokenIds() throws Exception {
        ExportProfileFile profile = new ExportProfileFile(ExportFormat.CPT_TEXT, new ExportProfileFile.Selection(false, 0, null), 8192,
                OverBudget.TRUNCATE, tokenizer(), "chatml", 7, false, new DedupOptions(2, 0.8), 0.2, null);
        importAll(inputs());
        Path studio = dir.resolve("studio");
        Files.createDirectories(studio);
        studioExport(profile, studio.resolve("set.jsonl"), true, "--parquet", "--megatron");

        // Parquet: the rows of the shards, in order, are the rows of the studio's --parquet files.
        Path parquet = dir.resolve("spark-parquet");
        ExportJob.Result rows = sparkExport(profile, null, parquet, ShardFormat.PARQUET, 37);
        assertThat(ParquetRows.of(shards(parquet, "train", ".parquet"))).isEqualTo(ParquetRows.of(List.of(studio.resolve("set.parquet"))))
                .hasSize((int) rows.manifest().counts().train());
        assertThat(ParquetRows.of(shards(parquet, "validation", ".parquet")))
                .isEqualTo(ParquetRows.of(List.of(studio.resolve("set.validation.parquet")))).isNotEmpty();
        assertThat(shards(parquet, "train", ".parquet")).hasSizeGreaterThan(1);
        assertThat(rows.manifest().outputs()).allSatisfy(o -> assertThat(o.file()).endsWith(".parquet"));
        // The dataset card, as export --parquet writes one, with each split's shards by pattern.
        String card = Files.readString(parquet.resolve("README.md"));
        assertThat(card).contains("  - split: train\n    path: \"train-*.parquet\"\n",
                        "  - split: validation\n    path: \"validation-*.parquet\"\n")
                .contains(String.format("**exported**: %d (train %d, validation %d)", rows.manifest().counts().exported(),
                        rows.manifest().counts().train(), rows.manifest().counts().validation()));
        assertThat(Files.readString(studio.resolve("README.md"))).contains(String.format("**exported**: %d (train",
                rows.manifest().counts().exported()));
        assertSameManifest(studio.resolve("set.jsonl.manifest.json"), parquet.resolve(ExportJob.MANIFEST));

        // Megatron: the shards' sequences, in order, are the token ids of the studio's --megatron dataset.
        Path megatron = dir.resolve("spark-megatron");
        sparkExport(profile, null, megatron, ShardFormat.MEGATRON, 37);
        List<long[]> job = new ArrayList<>();
        for (Path bin : shards(megatron, "train", "_text_document.bin")) {
            String name = bin.getFileName().toString();
            job.addAll(MegatronReader.decode(bin.resolveSibling(name.substring(0, name.length() - ".bin".length()))));
        }
        List<long[]> local = MegatronReader.decode(studio.resolve("set_text_document"));
        assertThat(job).hasSameSizeAs(local).hasSize((int) rows.manifest().counts().train());
        for (int i = 0; i < local.size(); i++) {
            assertThat(job.get(i)).as("sequence %d", i).containsExactly(local.get(i));
        }
        long validationSequences = 0;
        for (Path bin : shards(megatron, "validation", "_text_document.bin")) {
            String name = bin.getFileName().toString();
            validationSequences += MegatronReader.decode(bin.resolveSibling(name.substring(0, name.length() - ".bin".length()))).size();
        }
        assertThat(validationSequences).isEqualTo(rows.manifest().counts().validation());
        assertSameManifest(studio.resolve("set.jsonl.manifest.json"), megatron.resolve(ExportJob.MANIFEST));
    }

    @Test
    void aLibrarysCurationLogDecidesAsTheLibraryDoes() throws Exception {
        List<String> files = inputs();
        importAll(files);
        String revisedId;
        try (Library library = Library.open(dir.resolve("library"))) {
            List<SampleSummary> rows = library.samples().page(SampleQuery.all(), 1000).rows();
            assertThat(rows).hasSizeGreaterThan(300);
            for (int i = 0; i < rows.size(); i++) {
                String id = rows.get(i).id();
                switch (i % 5) {
                    case 0, 1 -> library.curation().verdict(id, Verdict.ACCEPTED);
                    case 2 -> library.curation().verdict(id, Verdict.REJECTED);
                    case 3 -> library.curation().verdict(id, Verdict.NEEDS_EDIT);
                    default -> { } // no verdict
                }
                library.curation().rate(new RatingTarget(id, null, null), 1 + i % 5);
            }
            // A later change of mind wins, and an edit replaces the sample by its latest revision.
            library.curation().verdict(rows.get(2).id(), Verdict.ACCEPTED);
            library.curation().rate(new RatingTarget(rows.get(2).id(), null, null), 5);
            SampleSummary edited = rows.stream().filter(r -> r.steps() > 2).skip(3).findFirst().orElseThrow();
            revisedId = edited.id();
            Sample sample = library.samples().load(revisedId).orElseThrow();
            library.curation().revise(revisedId, sample.withSteps(sample.steps().subList(0, sample.steps().size() - 1)));
            Sample again = library.curation().latest(revisedId);
            library.curation().revise(revisedId, again.withSteps(again.steps().subList(0, again.steps().size() - 1)));
            library.curation().verdict(revisedId, Verdict.ACCEPTED);
            library.curation().rate(new RatingTarget(revisedId, null, null), 4);
        }
        Path log = dir.resolve("curation.jsonl");
        Run exported = studio("log", "export", "--out", log.toString(), "--json");
        assertThat(exported.exit()).as(exported.err()).isEqualTo(0);

        ExportProfileFile profile = new ExportProfileFile(ExportFormat.CHAT, new ExportProfileFile.Selection(true, 2, null), 8192,
                OverBudget.TRUNCATE, tokenizer(), "chatml", 11, false, DedupOptions.EXACT_ONLY, 0.1, null);
        Path local = dir.resolve("studio").resolve("curated.jsonl");
        Files.createDirectories(local.getParent());
        studioExport(profile, local, false);

        Path out = dir.resolve("spark");
        ExportJob.Result job = sparkExport(profile, log.toString(), out, ExportJob.Options.SHARD_RECORDS);

        assertThat(concatenated(out, "train")).isEqualTo(Files.readAllBytes(local));
        assertThat(concatenated(out, "validation")).isEqualTo(Files.readAllBytes(dir.resolve("studio").resolve("curated.validation.jsonl")));
        assertSameManifest(dir.resolve("studio").resolve("curated.jsonl.manifest.json"), out.resolve(ExportJob.MANIFEST));
        assertThat(job.manifest().samples()).anySatisfy(entry -> {
            assertThat(entry.id()).isEqualTo(revisedId);
            assertThat(entry.revision()).isEqualTo(2); // two edits: r2 (r0 is the sample as imported)
        });
        // read = what the selection offers (accepted, rating at least 2), far fewer than the sources hold
        assertThat(job.manifest().counts().read()).isPositive().isLessThan(150);
        assertThat(job.manifest().counts().validation()).isPositive();
    }
}
