package org.trajectorystudio.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.model.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code spark-submit --class org.trajectorystudio.spark.ExportJobMain trajectory-studio-spark.jar --input GLOB
 * --profile FILE --out DIR [--curation-log FILE]}. Errors are one line on stderr; exit 0 done, 1 done with rejected
 * source or log lines (listed), 2 bad arguments or unreadable input.
 */
@Command(name = "trajectory-studio-spark", mixinStandardHelpOptions = true,
        description = "Export a training set from source shards with an export profile, on Spark: shards plus one manifest.json.")
public final class ExportJobMain implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "GLOB",
            description = "Source files (local, hdfs://, s3a://, …; globs allowed); repeat for more. Read in path order.")
    List<String> inputs;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The export profile (JSON, on the driver's disk).")
    Path profile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (new or empty; any Hadoop file system).")
    String out;

    @Option(names = "--curation-log", paramLabel = "FILE", description = "A library's `./studio log export` file: verdicts, ratings, revisions.")
    String curationLog;

    @Option(names = "--source-format", paramLabel = "NAME", description = "Force a reader instead of detecting it per file.")
    String sourceFormat;

    @Option(names = "--shard-format", paramLabel = "jsonl|parquet|megatron", defaultValue = "jsonl",
            description = "What each shard becomes: JSONL, Parquet (as export --parquet writes it) or a Megatron indexed dataset "
                    + "NAME_text_document.bin/.idx (as export --megatron; text formats, hf: tokenizer) (default ${DEFAULT-VALUE}).")
    String shardFormat;

    @Option(names = "--shard-records", paramLabel = "N", defaultValue = "" + ExportJob.Options.SHARD_RECORDS,
            description = "Records per output shard (default ${DEFAULT-VALUE}).")
    long shardRecords;

    @Option(names = "--pack-group", paramLabel = "N", defaultValue = "" + ExportJob.Options.PACK_GROUP,
            description = "With packing: records packed together first-fit decreasing, one group per shard (default ${DEFAULT-VALUE}).")
    long packGroup;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    private PrintWriter writer;

    static int run(PrintWriter out, PrintWriter err, String... args) {
        ExportJobMain main = new ExportJobMain();
        main.writer = out;
        CommandLine line = new CommandLine(main).setOut(out).setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("spark export: " + oneLine(e));
            err.flush();
            return 2;
        });
        return line.execute(args);
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && (root.getMessage() == null || root instanceof org.apache.spark.SparkException)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public Integer call() throws IOException {
        ExportProfileFile profileFile;
        try {
            profileFile = ExportProfileFile.parse(Files.readString(profile));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(profile + ": no such file");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(profile + ": " + e.getMessage(), e);
        }
        ShardFormat format = ShardFormat.fromWireName(shardFormat); // before Spark starts, as the profile
        SparkSession.Builder builder = SparkSession.builder().appName("trajectory-studio export");
        if (master != null) {
            builder.master(master);
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        boolean own = SparkSession.getDefaultSession().isEmpty(); // a session already running (a test, a notebook) stays up
        SparkSession spark = builder.getOrCreate();
        ExportJob.Result result;
        long start = System.nanoTime();
        try {
            result = ExportJob.run(spark, new ExportJob.Options(inputs, sourceFormat, profileFile, curationLog, out,
                    format, shardRecords, packGroup,
                    0, version()));
        } finally {
            if (own) {
                spark.stop();
            }
        }
        print(result, (System.nanoTime() - start) / 1e9);
        return result.rejectedLines() > 0 || result.logRejected() > 0 ? 1 : 0;
    }

    static String version() {
        String version = ExportJob.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private void print(ExportJob.Result result, double seconds) {
        Manifest.Counts counts = result.manifest().counts();
        if (json) {
            ObjectNode node = Json.object();
            node.put("read", counts.read());
            node.put("exported", counts.exported());
            node.put("train", counts.train());
            node.put("validation", counts.validation());
            node.put("dropped", counts.dropped());
            node.put("truncated", counts.truncated());
            node.put("deduplicated", counts.deduplicated());
            node.put("skipped", counts.skipped());
            node.put("tokens", result.manifest().tokens().total());
            node.put("files", result.manifest().outputs().size());
            node.put("manifest", result.manifestFile());
            node.put("rejectedLines", result.rejectedLines());
            result.rejected().forEach(node.putArray("rejected")::add);
            node.put("rejectedLogLines", result.logRejected());
            node.put("seconds", Math.round(seconds * 100) / 100.0);
            writer.println(Json.write(node));
            return;
        }
        writer.printf(Locale.ROOT, "exported %,d records (%,d tokens) in %,d files to %s%n", counts.exported(),
                result.manifest().tokens().total(), result.manifest().outputs().size(), out);
        writer.printf(Locale.ROOT, "  read %,d; dropped %,d, truncated %,d, deduplicated %,d, skipped %,d; %.1f s%n", counts.read(),
                counts.dropped(), counts.truncated(), counts.deduplicated(), counts.skipped(), seconds);
        if (result.rejectedLines() > 0) {
            writer.printf(Locale.ROOT, "  %,d source lines rejected:%n", result.rejectedLines());
            result.rejected().forEach(issue -> writer.println("    " + issue));
        }
        if (result.logRejected() > 0) {
            writer.printf(Locale.ROOT, "  %,d curation log lines rejected:%n", result.logRejected());
            result.logIssues().forEach(issue -> writer.println("    " + issue));
        }
        writer.printf("  manifest: %s%n", result.manifestFile());
        writer.flush();
    }
}
