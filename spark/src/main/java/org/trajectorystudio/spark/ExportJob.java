package org.trajectorystudio.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.StableHash;
import org.trajectorystudio.model.export.card.DatasetCard;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.model.export.manifest.ManifestWriter;
import org.trajectorystudio.model.export.manifest.TokenHistogram;
import org.trajectorystudio.model.export.pack.PackedLine;
import org.trajectorystudio.model.export.pack.Packer;
import org.trajectorystudio.model.export.pack.Packing;
import org.trajectorystudio.model.json.Json;
import scala.Tuple2;

/**
 * The studio's export as a Spark job: the same meaning as {@code ./studio export} on a library made from the same
 * source files (imported in path order) and, optionally, the same curation log.
 *
 * <ol>
 *   <li>Read every source file on an executor through the studio's readers; a later record with an id already seen
 *       is dropped, as the library's import does.</li>
 *   <li>Apply the curation log (rejected never; the selection's verdict and rating; the latest revision).</li>
 *   <li>Render, count exact tokens and apply the budget per record on executors ({@link Evaluation}).</li>
 *   <li>Decide on small rows, by order key: exact duplicates (first content id, then first rendering), question
 *       numbers and near-duplicate clusters ({@link QuestionGraph}), the per-question limit, the split by cluster.</li>
 *   <li>Write each split in order into shards of {@code shardRecords} records, packing first-fit decreasing within
 *       groups of {@code packGroup} records, and the manifest last.</li>
 * </ol>
 *
 * Records keep the studio's order (the order key: file, then line), so the shards of a split, concatenated, are the
 * studio's file byte for byte; packing equals the studio's whenever a split fits one group.
 */
public final class ExportJob {
    /** The manifest's name inside the output folder. */
    public static final String MANIFEST = "manifest.json";

    private ExportJob() {}

    /**
     * @param inputs globs of source files (any Hadoop file system)
     * @param sourceFormat a reader name to force, or null to detect per file
     * @param curationLog a {@code log export} file (or glob), or null to take the sources as they are (no verdicts)
     * @param out the output folder: absent or empty
     * @param shardFormat what each shard becomes: JSONL, Parquet or a Megatron indexed dataset
     * @param shardRecords records per output shard (without packing)
     * @param packGroup records packed together (first-fit decreasing) per group; one group = one shard
     * @param partitions partitions of the per-record stages; 0 = twice the default parallelism (the result is the same)
     */
    public record Options(List<String> inputs, String sourceFormat, ExportProfileFile profile, String curationLog, String out,
                          ShardFormat shardFormat, long shardRecords, long packGroup, int partitions, String studioVersion) {
        public static final long SHARD_RECORDS = 100_000;
        public static final long PACK_GROUP = 200_000;

        public Options {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(shardFormat, "shardFormat");
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input given");
            }
            if (shardRecords < 1 || packGroup < 1) {
                throw new IllegalArgumentException("records per shard and per packing group must be at least 1");
            }
        }
    }

    /**
     * What the job did.
     *
     * @param rejectedLines source lines that could not be read (as an import rejects them); the first few listed
     * @param logRejected curation log lines that could not be read
     */
    public record Result(Manifest manifest, String manifestFile, long rejectedLines, List<String> rejected, long logRejected,
                         List<String> logIssues) {}

    /** What the writing tasks report per shard: its files (records first; none for an empty Parquet shard). */
    record ShardOutput(int partition, List<WrittenFile> files, boolean validation, long lines, long records, long sequences,
                       long usedTokens) implements Serializable {}

    record WrittenFile(String name, String sha256) implements Serializable {}

    /** A kept record's output line with what packing needs. */
    record Out(String id, int tokens, boolean truncated, byte[] line) implements Serializable {}

    public static Result run(SparkSession spark, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        SourceFiles.HadoopConf conf = SourceFiles.serializable(hadoop);
        List<String> files = SourceFiles.expand(options.inputs(), hadoop);
        Path outDir = prepareOutput(options.out(), hadoop);
        ExportProfileFile spec = options.profile();
        String profileJson = Json.write(spec.toJson());
        ExportTools tools = ExportTools.of(profileJson); // opens tokenizer and template here first: a bad spec fails before any task
        ExportProfile profile = tools.profile;
        ShardFormat format = options.shardFormat();
        format.check(tools);

        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        JavaRDD<Tuple2<Integer, String>> fileRdd = sc.parallelize(indexed, Math.max(1, files.size()));
        Map<Integer, String> hashes = new TreeMap<>(fileRdd.mapToPair(f -> new Tuple2<>(f._1(), SourceFiles.sha256(conf, f._2()))).collectAsMap());

        // 1. Read; a later record with an id already seen is the import's duplicate, not an export's.
        LongAccumulator rejected = sc.sc().longAccumulator("rejected source lines");
        CollectionAccumulator<String> rejectedListed = sc.sc().collectionAccumulator("rejected source lines listed");
        String sourceFormat = options.sourceFormat();
        int partitions = options.partitions() > 0 ? options.partitions() : Math.max(sc.defaultParallelism() * 2, files.size());
        HashPartitioner byId = new HashPartitioner(partitions);
        JavaPairRDD<String, Records.Source> unique = fileRdd
                .flatMap(f -> SourceReading.read(conf, f._1(), f._2(), sourceFormat, rejected, rejectedListed))
                .mapToPair(s -> new Tuple2<>(s.id(), s))
                .reduceByKey(byId, (a, b) -> a.key() < b.key() ? a : b);

        // 2. Curation.
        LongAccumulator logRejected = sc.sc().longAccumulator("rejected log lines");
        CollectionAccumulator<String> logListed = sc.sc().collectionAccumulator("rejected log lines listed");
        ExportProfileFile.Selection selection = spec.selection();
        boolean acceptedOnly = selection.acceptedOnly();
        int minRating = selection.minRating();
        String kind = selection.kind() == null ? null : selection.kind().wireName();
        JavaRDD<Records.Offered> offered;
        if (options.curationLog() != null) {
            List<String> logs = SourceFiles.expand(List.of(options.curationLog()), hadoop);
            JavaPairRDD<String, CurationDecisions.Decision> decisions = sc.parallelize(logs, logs.size())
                    .flatMapToPair(log -> CurationDecisions.read(conf, log, logRejected, logListed))
                    .reduceByKey(byId, CurationDecisions.Decision::merge);
            offered = unique.leftOuterJoin(decisions, byId).flatMap(row -> {
                Records.Source source = row._2()._1();
                CurationDecisions.Decision decision = row._2()._2().orElse(CurationDecisions.Decision.NONE);
                if (!decision.selected(acceptedOnly, minRating)) {
                    return List.<Records.Offered>of().iterator();
                }
                byte[] sample = decision.revision() != null ? decision.revision() : source.sample();
                return List.of(new Records.Offered(source.key(), source.id(), decision.revisions(), source.file(), sample)).iterator();
            });
        } else {
            offered = unique.values().map(s -> new Records.Offered(s.key(), s.id(), 0, s.file(), s.sample()));
        }
        if (kind != null) {
            offered = offered.filter(o -> Samples.decode(o.sample()).kind().wireName().equals(kind));
        }

        // 3. Render, count, budget: per record, on executors.
        JavaRDD<Evaluation.Evaluated> evaluated = offered.mapPartitions(part -> Evaluation.evaluate(profileJson, part))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Records.Meta> meta = evaluated.map(Evaluation.Evaluated::meta).persist(StorageLevel.MEMORY_AND_DISK());

        // 4a. Exact duplicates: the first of each content id, then the first of each rendering among those.
        JavaRDD<Records.Meta> candidates = meta.filter(m -> m.status() != Records.Status.SKIPPED);
        JavaPairRDD<Long, Boolean> firsts = candidates
                .mapToPair(m -> new Tuple2<>(m.contentId(), m)).reduceByKey(ExportJob::earlier).values()
                .mapToPair(m -> new Tuple2<>(m.rendering(), m)).reduceByKey(ExportJob::earlier)
                .mapToPair(m -> new Tuple2<>(m._2().key(), Boolean.TRUE));
        JavaPairRDD<Records.Meta, Boolean> judged = candidates.mapToPair(m -> new Tuple2<>(m.key(), m)).leftOuterJoin(firsts)
                .mapToPair(row -> new Tuple2<>(row._2()._1(), row._2()._2().isPresent()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Records.Meta> kept = judged.filter(j -> j._2() && j._1().kept()).keys().persist(StorageLevel.MEMORY_AND_DISK());

        // 4b. Questions by first appearance, near-duplicate clusters.
        JavaPairRDD<String, Long> questionNumbers = kept.mapToPair(m -> new Tuple2<>(m.question(), m.key())).reduceByKey(Math::min)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, String> questionTexts = questionNumbers.mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> clusterOf = QuestionGraph.clusters(questionTexts, profile.dedup().nearDuplicateThreshold(), profile.seed());
        // record → (question, cluster)
        JavaPairRDD<Long, Records.Meta> withQuestion = kept.mapToPair(m -> new Tuple2<>(m.question(), m))
                .join(questionNumbers).mapToPair(row -> new Tuple2<>(row._2()._2(), row._2()._1()));
        JavaRDD<Tuple2<Records.Meta, long[]>> clustered = withQuestion.join(clusterOf)
                .map(row -> new Tuple2<>(row._2()._1(), new long[] {row._1(), row._2()._2()}));

        // 4c. At most N per question cluster, in order.
        int limit = profile.dedup().maxPerQuestion();
        JavaPairRDD<Tuple2<Records.Meta, long[]>, Boolean> limited = clustered
                .mapToPair(r -> new Tuple2<>(r._2()[1], r))
                .groupByKey()
                .flatMapToPair(cluster -> {
                    List<Tuple2<Records.Meta, long[]>> members = new ArrayList<>();
                    cluster._2().forEach(members::add);
                    members.sort(Comparator.comparingLong(r -> r._1().key()));
                    List<Tuple2<Tuple2<Records.Meta, long[]>, Boolean>> out = new ArrayList<>(members.size());
                    for (int i = 0; i < members.size(); i++) {
                        out.add(new Tuple2<>(members.get(i), limit > 0 && i >= limit));
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Tuple2<Records.Meta, long[]>> exported = limited.filter(r -> !r._2()).keys().persist(StorageLevel.MEMORY_AND_DISK());

        // 4d. Split by cluster.
        Set<Long> validationClusters = validationClusters(exported, questionTexts, profile.validationFraction(), profile.seed());
        Broadcast<Set<Long>> chosen = sc.broadcast(validationClusters);
        JavaRDD<Records.Placed> placed = exported.map(r -> new Records.Placed(r._1().key(), r._1().id(), r._1().revision(), r._1().file(),
                        chosen.value().contains(r._2()[1]), r._1().tokens(), r._1().status() == Records.Status.TRUNCATED,
                        r._1().finalAnswerLost(), r._2()[0], r._2()[1]))
                .persist(StorageLevel.MEMORY_AND_DISK());

        // 5. Write the shards, then the manifest.
        PackingOptions packing = profile.packing();
        long perShard = packing == null ? options.shardRecords() : options.packGroup();
        long validationCount = placed.filter(Records.Placed::validation).count();
        long exportedCount = placed.count();
        ShardLayout layout = new ShardLayout(perShard, exportedCount - validationCount, validationCount, profile.validationFraction() > 0);
        JavaPairRDD<Long, Long> slots = placed.mapToPair(p -> new Tuple2<>(new Tuple2<>(p.validation(), p.key()), p.validation()))
                .sortByKey(new SplitOrder())
                .zipWithIndex()
                .mapToPair(row -> new Tuple2<>(row._1()._1()._2(), row._2()));
        // zipWithIndex numbers both splits in one sequence: training first, so validation indexes start after it.
        long trainCount = exportedCount - validationCount;
        JavaPairRDD<Long, Out> lines = evaluated
                .filter(e -> e.line() != null)
                .mapToPair(e -> new Tuple2<>(e.meta().key(), new Out(e.meta().id(), e.meta().tokens(), e.meta().status() == Records.Status.TRUNCATED, e.line())));
        String outPath = outDir.toString();
        List<ShardOutput> shards = new ArrayList<>(lines.join(slots)
                .mapToPair(row -> {
                    long index = row._2()._2();
                    boolean validation = index >= trainCount;
                    return new Tuple2<>(ShardLayout.slot(validation, validation ? index - trainCount : index), row._2()._1());
                })
                .repartitionAndSortWithinPartitions(layout)
                .mapPartitionsWithIndex((partition, rows) -> List.of(writeShard(conf, outPath, layout, partition, rows, format,
                        profileJson)).iterator(), true)
                .collect());
        shards.sort(Comparator.comparingInt(ShardOutput::partition));

        Manifest manifest = manifest(options, files, hashes, tools, meta, judged, limited, placed, shards);
        String manifestFile = new Path(outDir, MANIFEST).toString();
        try (OutputStream out = outDir.getFileSystem(hadoop).create(new Path(outDir, MANIFEST), false)) {
            out.write(ManifestWriter.write(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(manifestFile + ": cannot write (" + e.getMessage() + ")", e);
        }
        if (format == ShardFormat.PARQUET) {
            writeCard(outDir, hadoop, manifest);
        }
        List<String> listed = new ArrayList<>(rejectedListed.value());
        listed.sort(null);
        List<String> logIssues = new ArrayList<>(logListed.value());
        logIssues.sort(null);
        for (JavaRDD<?> rdd : List.of(evaluated, meta, kept, placed, exported)) {
            rdd.unpersist();
        }
        return new Result(manifest, manifestFile, rejected.value(), listed.subList(0, Math.min(listed.size(), SourceReading.LISTED)),
                logRejected.value(), logIssues.subList(0, Math.min(logIssues.size(), SourceReading.LISTED)));
    }

    /**
     * Parquet shards are a HuggingFace Hub dataset as {@code export --parquet}'s are: the same dataset card as
     * {@code README.md} beside them, each split's shards named by a pattern. Written after the manifest, which (as the
     * studio's) does not list it.
     */
    private static void writeCard(Path outDir, Configuration hadoop, Manifest manifest) {
        List<DatasetCard.Split> splits = new ArrayList<>();
        for (String split : List.of("train", "validation")) {
            if (manifest.outputs().stream().anyMatch(o -> o.split().equals(split))) {
                splits.add(new DatasetCard.Split(split, split + "-*.parquet"));
            }
        }
        Path card = new Path(outDir, "README.md");
        try (OutputStream out = outDir.getFileSystem(hadoop).create(card, false)) {
            out.write(DatasetCard.render(outDir.getName(), manifest, splits).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(card + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static Records.Meta earlier(Records.Meta a, Records.Meta b) {
        return a.key() < b.key() ? a : b;
    }

    /** Training before validation, each in order. */
    static final class SplitOrder implements Comparator<Tuple2<Boolean, Long>>, Serializable {
        @Override
        public int compare(Tuple2<Boolean, Long> a, Tuple2<Boolean, Long> b) {
            int split = Boolean.compare(a._1(), b._1());
            return split != 0 ? split : Long.compare(a._2(), b._2());
        }
    }

    /** The output folder, created; one that holds files already is refused (the job never mixes two exports). */
    private static Path prepareOutput(String out, Configuration hadoop) {
        Path dir = new Path(out);
        try {
            FileSystem fs = dir.getFileSystem(hadoop);
            if (fs.exists(dir)) {
                if (!fs.getFileStatus(dir).isDirectory()) {
                    throw new IllegalArgumentException(out + " is a file; give a folder for the shards and the manifest");
                }
                if (fs.listStatus(dir).length > 0) {
                    throw new IllegalArgumentException(out + " is not empty; give a new or empty folder");
                }
            }
            fs.mkdirs(dir);
            return fs.makeQualified(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot create (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The studio's {@code Splitter} on cluster sizes: clusters visited in the order drawn from the seed and their
     * question text, taken into validation while they fit the target, at least one left in training. The clusters
     * stream to the driver in that order (a sorted RDD read partition by partition); only the chosen ones are kept.
     */
    private static Set<Long> validationClusters(JavaRDD<Tuple2<Records.Meta, long[]>> exported, JavaPairRDD<Long, String> questionTexts,
                                                double fraction, long seed) {
        Set<Long> chosen = new HashSet<>();
        if (fraction == 0) {
            return chosen;
        }
        JavaPairRDD<Long, Long> sizes = exported.mapToPair(r -> new Tuple2<>(r._2()[1], 1L)).reduceByKey(Long::sum)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long records = exported.count();
        long clusters = sizes.count();
        if (records == 0 || clusters < 2) {
            sizes.unpersist();
            return chosen;
        }
        long target = Math.round(fraction * records);
        JavaPairRDD<String, Tuple2<Long, Long>> ordered = sizes.join(questionTexts)
                .mapToPair(c -> new Tuple2<>(visitingOrder(seed, c._2()._2()), new Tuple2<>(c._1(), c._2()._1())))
                .sortByKey();
        long taken = 0;
        long visited = 0;
        Long first = null;
        Iterator<Tuple2<String, Tuple2<Long, Long>>> it = ordered.toLocalIterator();
        while (it.hasNext() && visited < clusters - 1 && taken < target) {
            Tuple2<Long, Long> cluster = it.next()._2();
            if (first == null) {
                first = cluster._1();
            }
            if (taken + cluster._2() <= target) {
                chosen.add(cluster._1());
                taken += cluster._2();
            }
            visited++;
        }
        if (chosen.isEmpty() && target > 0 && first != null) {
            chosen.add(first); // every cluster is larger than the target: better one than none (as the studio)
        }
        sizes.unpersist();
        return chosen;
    }

    /** Sorts as the studio's comparator: the seeded hash of the name (signed), then the name. */
    static String visitingOrder(long seed, String name) {
        long hash = StableHash.of(seed, StableHash.of(name));
        return String.format(Locale.ROOT, "%016x", hash ^ Long.MIN_VALUE) + name;
    }

    /**
     * Writes one shard: its lines to a local JSONL file, which the shard format turns into the shard's files; each is
     * copied into the output folder under a temporary name and moved into place when complete.
     */
    private static ShardOutput writeShard(SourceFiles.HadoopConf conf, String outDir, ShardLayout layout, int partition,
                                          Iterator<Tuple2<Long, Out>> rows, ShardFormat format, String profileJson) throws IOException {
        ExportTools tools = ExportTools.of(profileJson);
        PackingOptions packing = tools.profile.packing();
        ExportFormat exportFormat = tools.profile.format();
        int separatorTokens = tools.separatorTokens;
        java.nio.file.Path local = java.nio.file.Files.createTempDirectory("studio-shard-");
        try {
            java.nio.file.Path jsonl = local.resolve(layout.fileName(partition, ".jsonl"));
            long lines = 0;
            long records = 0;
            long sequences = 0;
            long used = 0;
            try (OutputStream sink = new BufferedOutputStream(java.nio.file.Files.newOutputStream(jsonl), 1 << 20)) {
                if (packing == null) {
                    while (rows.hasNext()) {
                        sink.write(rows.next()._2().line());
                        lines++;
                        records++;
                    }
                } else {
                    List<Out> group = new ArrayList<>();
                    rows.forEachRemaining(row -> group.add(row._2()));
                    int[] sizes = group.stream().mapToInt(out -> out.tokens() + separatorTokens).toArray();
                    Packing packed = Packer.firstFitDecreasing(sizes, packing.sequenceLength());
                    for (int[] bin : packed.bins()) {
                        List<PackedLine.Member> members = new ArrayList<>(bin.length);
                        for (int index : bin) {
                            Out out = group.get(index);
                            members.add(new PackedLine.Member(out.id(), out.tokens(), out.truncated(), Json.MAPPER.readTree(out.line())));
                        }
                        sink.write(PackedLine.of(exportFormat, members, packing.separator(), separatorTokens));
                    }
                    lines = packed.bins().size();
                    records = group.size();
                    sequences = packed.bins().size();
                    used = packed.usedTokens();
                }
            }
            FileSystem fs = new Path(outDir).getFileSystem(conf.configuration());
            List<WrittenFile> files = new ArrayList<>();
            for (java.nio.file.Path file : format.files(jsonl, tools)) {
                files.add(copyInto(fs, file, new Path(outDir, file.getFileName().toString())));
            }
            return new ShardOutput(partition, List.copyOf(files), layout.validation(partition), lines, records, sequences, used);
        } finally {
            try (var left = java.nio.file.Files.list(local)) {
                for (java.nio.file.Path file : left.toList()) {
                    java.nio.file.Files.deleteIfExists(file);
                }
            }
            java.nio.file.Files.deleteIfExists(local);
        }
    }

    /** Copies a local file to {@code target} through a temporary name, hashing what it writes. */
    private static WrittenFile copyInto(FileSystem fs, java.nio.file.Path file, Path target) throws IOException {
        Path temporary = new Path(target.getParent(), "." + target.getName() + ".tmp");
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (OutputStream out = new DigestOutputStream(fs.create(temporary, true), sha256)) {
            java.nio.file.Files.copy(file, out);
        }
        fs.delete(target, false); // a retried task's earlier attempt
        if (!fs.rename(temporary, target)) {
            throw new IOException("cannot move " + temporary + " to " + target);
        }
        return new WrittenFile(target.getName(), HexFormat.of().formatHex(sha256.digest()));
    }

    /** The studio's manifest, from the small rows: every count the studio's export reports, in its format. */
    private static Manifest manifest(Options options, List<String> files, Map<Integer, String> hashes, ExportTools tools,
                                     JavaRDD<Records.Meta> meta, JavaPairRDD<Records.Meta, Boolean> judged,
                                     JavaPairRDD<Tuple2<Records.Meta, long[]>, Boolean> limited, JavaRDD<Records.Placed> placed,
                                     List<ShardOutput> shards) {
        ExportProfile profile = tools.profile;
        // Removed records: skipped, duplicates and over budget in order, then those over the per-question limit.
        JavaRDD<Records.Removed> skipped = meta.filter(m -> m.status() == Records.Status.SKIPPED)
                .map(m -> new Records.Removed(m.key(), 0, m.id(), m.revision(), m.reason()));
        JavaRDD<Records.Removed> firstPass = judged.filter(j -> !j._2() || j._1().status() == Records.Status.DROPPED)
                .map(j -> new Records.Removed(j._1().key(), 0, j._1().id(), j._1().revision(), j._2() ? j._1().reason() : "exact duplicate"));
        int limit = profile.dedup().maxPerQuestion();
        JavaRDD<Records.Removed> overLimit = limited.filter(Tuple2::_2)
                .map(r -> new Records.Removed(r._1()._1().key(), 1, r._1()._1().id(), r._1()._1().revision(),
                        "over the limit of " + limit + " per question"));
        List<Manifest.Removed> removed = new ArrayList<>();
        long exactDuplicates = judged.filter(j -> !j._2()).count();
        long dropped = judged.filter(j -> j._2() && j._1().status() == Records.Status.DROPPED).count();
        long skippedCount = skipped.count();
        long overLimitCount = overLimit.count();
        skipped.union(firstPass).union(overLimit)
                .sortBy(r -> ((long) r.phase() << 62) | r.key(), true, Math.max(1, meta.getNumPartitions()))
                .toLocalIterator()
                .forEachRemaining(r -> removed.add(new Manifest.Removed(r.id(), r.revision(), r.reason())));

        // Exported records in order, with the counts, histogram and sources the studio derives from them.
        Map<Integer, long[]> perFile = new TreeMap<>();
        meta.mapToPair(m -> new Tuple2<>(m.file(), 1L)).reduceByKey(Long::sum).collectAsMap()
                .forEach((file, read) -> perFile.computeIfAbsent(file, f -> new long[2])[0] = read);
        TokenHistogram histogram = new TokenHistogram();
        List<Manifest.Entry> entries = new ArrayList<>();
        long truncated = 0;
        long withoutAnswer = 0;
        long validation = 0;
        Iterator<Records.Placed> inOrder = placed.sortBy(Records.Placed::key, true, Math.max(1, placed.getNumPartitions())).toLocalIterator();
        while (inOrder.hasNext()) {
            Records.Placed record = inOrder.next();
            histogram.add(record.tokens());
            perFile.computeIfAbsent(record.file(), f -> new long[2])[1]++;
            if (record.truncated()) {
                truncated++;
                if (record.finalAnswerLost()) {
                    withoutAnswer++;
                }
            }
            if (record.validation()) {
                validation++;
            }
            entries.add(new Manifest.Entry(record.id(), record.revision(), hashes.get(record.file()), record.validation() ? "validation" : "train",
                    record.tokens(), record.truncated(), record.finalAnswerLost()));
        }
        long distinct = placed.map(Records.Placed::question).distinct().count();
        long clusters = placed.map(Records.Placed::cluster).distinct().count();
        // Sources by file hash, in order of first appearance (files with no offered sample do not appear, as in the studio).
        Map<String, long[]> sources = new LinkedHashMap<>();
        perFile.forEach((file, counts) -> {
            if (counts[0] > 0) {
                long[] source = sources.computeIfAbsent(hashes.get(file), h -> new long[2]);
                source[0] += counts[0];
                source[1] += counts[1];
            }
        });
        long read = perFile.values().stream().mapToLong(c -> c[0]).sum();
        long exported = entries.size();

        // One entry per file; a Megatron shard's .bin and .idx both carry the shard's counts.
        List<Manifest.Output> outputs = shards.stream().flatMap(s -> s.files().stream()
                .map(f -> new Manifest.Output(f.name(), s.validation() ? "validation" : "train", s.lines(), s.records(), f.sha256()))).toList();
        PackingOptions packing = profile.packing();
        Manifest.PackingSummary packingSummary = null;
        if (packing != null) {
            long sequences = shards.stream().mapToLong(ShardOutput::sequences).sum();
            long used = shards.stream().mapToLong(ShardOutput::usedTokens).sum();
            double efficiency = sequences == 0 ? 1.0 : (double) used / ((double) sequences * packing.sequenceLength());
            packingSummary = new Manifest.PackingSummary(packing.sequenceLength(), packing.separator(), tools.separatorTokens, sequences,
                    used, efficiency);
        }
        Manifest.Profile profileSummary = Manifest.Profile.of(profile);
        Manifest.Counts counts = new Manifest.Counts(read, exported, exported - validation, validation, dropped, truncated, withoutAnswer,
                exactDuplicates + overLimitCount, exactDuplicates, overLimitCount, skippedCount);
        return new Manifest(options.studioVersion(), profileSummary, filters(options, files), new Manifest.Tokenizer(tools.counter.name(),
                tools.counter.exact()), tools.template.identity(), counts, histogram.summary(), packingSummary,
                new Manifest.Questions(distinct, clusters), outputs,
                sources.entrySet().stream().map(e -> new Manifest.Source(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                entries, removed);
    }

    /** The selection as the manifest records it. */
    private static Map<String, String> filters(Options options, List<String> files) {
        Map<String, String> filters = new LinkedHashMap<>();
        ExportProfileFile.Selection selection = options.profile().selection();
        filters.put("sources", files.size() + " files from " + String.join(", ", options.inputs()));
        if (options.curationLog() == null) {
            filters.put("curation", "none (every readable sample)");
        } else {
            filters.put("curation", options.curationLog());
            filters.put("verdict", selection.acceptedOnly() ? "accepted" : "any but rejected");
            if (selection.minRating() > 0) {
                filters.put("minRating", Integer.toString(selection.minRating()));
            }
        }
        if (selection.kind() != null) {
            filters.put("kind", selection.kind().wireName());
        }
        return filters;
    }
}
