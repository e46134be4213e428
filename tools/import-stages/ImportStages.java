import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import org.trajectorystudio.model.format.Formats;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.format.studio.CanonicalBytes;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.tokens.SampleTokens;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ImportStages FILE RECORDS FORMAT}: what each stage of an import worker costs once the JIT is warm, on one
 * thread, in CPU-seconds per GB of input (tools/import-stages runs it). The first RECORDS lines of FILE are held in
 * memory and passed through the studio's own classes round after round, each stage timed on its own: {@code tree}
 * (the record's JSON tree), {@code map} (the format's reader: the sample), {@code canon} (canonical bytes),
 * {@code hash} (the content id's SHA-256), {@code lz4} (the stored body; the same native compressor as BodyCodec),
 * {@code tokens} (the token estimate). The cold whole import is {@code ./studio bench import}; this says where a
 * warm worker's time goes, with no JIT, GC pauses of a small heap or the writer in it.
 */
public final class ImportStages {
    private static final String[] STAGES = {"tree", "map", "canon", "hash", "lz4", "tokens"};

    private ImportStages() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        SampleFormat format = Formats.byName(args[2]).orElseThrow(() -> new IllegalArgumentException("no format " + args[2]));
        List<byte[]> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line; lines.size() < records && (line = reader.readLine()) != null; ) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        long bytes = lines.stream().mapToLong(line -> line.length).sum();
        CanonicalBytes canonical = new CanonicalBytes();
        LZ4Compressor lz4 = LZ4Factory.fastestInstance().fastCompressor();
        byte[] compressed = new byte[1 << 16];
        long check = 0; // kept so that no stage's result is dead code
        for (int round = 1; round <= 8; round++) {
            long[] nanos = new long[STAGES.length];
            for (int i = 0; i < lines.size(); i++) {
                long t0 = System.nanoTime();
                ObjectNode record = RecordParser.parseObject(new RawLine(i + 1, 0, lines.get(i)));
                long t1 = System.nanoTime();
                Sample sample = format.read(record, new RecordContext(i + 1));
                long t2 = System.nanoTime();
                canonical.write(sample.withId(""));
                long t3 = System.nanoTime();
                check += canonical.idHash()[0];
                long t4 = System.nanoTime();
                int bound = lz4.maxCompressedLength(canonical.length());
                if (compressed.length < bound) {
                    compressed = new byte[bound];
                }
                check += lz4.compress(canonical.bytes(), 0, canonical.length(), compressed, 0, bound);
                long t5 = System.nanoTime();
                check += SampleTokens.approximateTotal(sample);
                long t6 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
                nanos[5] += t6 - t5;
            }
            StringBuilder line = new StringBuilder(String.format("round %d, %,d records (%.0f MB), CPU-s per GB:", round,
                    lines.size(), bytes / 1e6));
            long total = 0;
            for (int s = 0; s < STAGES.length; s++) {
                line.append(String.format(" %s %.2f", STAGES[s], nanos[s] / (double) bytes));
                total += nanos[s];
            }
            System.out.println(line.append(String.format(" | all %.2f", total / (double) bytes)));
        }
        System.out.println("check " + check);
    }
}
