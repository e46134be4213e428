import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ImportFloor FILE STAGE}: the least a JVM import of a JSONL file can do, to compare the studio's import with
 * (tools/import-floor runs it). The file is cut into lines on the main thread, the lines go in 1 MB chunks to two
 * parser threads (at most four chunks in flight), which do, by stage:
 * <ul>
 *   <li>{@code split}: nothing more (the lines only);</li>
 *   <li>{@code tree}: Jackson {@code readTree} of each line;</li>
 *   <li>{@code copy}: each line parsed and written again by Jackson's streaming API (no tree), the bytes hashed with
 *       SHA-256 and LZ4-compressed: the studio's parse, canonical write, content id and body, without mapping the
 *       record to a sample, counting tokens or storing anything.</li>
 * </ul>
 * It prints the lines and bytes seen; the script times the whole process.
 */
public final class ImportFloor {
    private static final int CHUNK_BYTES = 1 << 20;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final LZ4Compressor LZ4 = LZ4Factory.fastestInstance().fastCompressor();

    private ImportFloor() {}

    public static void main(String[] args) throws Exception {
        String stage = args[1];
        if (!List.of("split", "tree", "copy").contains(stage)) {
            throw new IllegalArgumentException("stage must be split, tree or copy, not " + stage);
        }
        ExecutorService parsers = Executors.newFixedThreadPool(2);
        Semaphore inFlight = new Semaphore(4);
        List<Future<Long>> results = new ArrayList<>();
        long lines = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            byte[] buffer = new byte[CHUNK_BYTES];
            int start = 0;
            int end = 0;
            List<byte[]> chunk = new ArrayList<>();
            int chunkBytes = 0;
            while (true) {
                int newline = indexOf(buffer, start, end);
                if (newline < 0) {
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                    if (end == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    int read = in.read(buffer, end, buffer.length - end);
                    if (read < 0) {
                        break;
                    }
                    end += read;
                    continue;
                }
                if (newline > start) {
                    chunk.add(Arrays.copyOfRange(buffer, start, newline));
                    chunkBytes += newline - start;
                    lines++;
                }
                start = newline + 1;
                if (chunkBytes >= CHUNK_BYTES) {
                    results.add(submit(parsers, inFlight, chunk, stage));
                    chunk = new ArrayList<>();
                    chunkBytes = 0;
                }
            }
            if (end > start) {
                chunk.add(Arrays.copyOfRange(buffer, start, end));
                lines++;
            }
            results.add(submit(parsers, inFlight, chunk, stage));
        }
        long bytes = 0;
        for (Future<Long> result : results) {
            bytes += result.get();
        }
        parsers.shutdown();
        System.out.println(stage + ": " + lines + " lines, " + bytes + " bytes out");
    }

    private static Future<Long> submit(ExecutorService parsers, Semaphore inFlight, List<byte[]> chunk, String stage)
            throws InterruptedException {
        inFlight.acquire();
        return parsers.submit(() -> {
            try {
                return parse(chunk, stage);
            } finally {
                inFlight.release();
            }
        });
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static long parse(List<byte[]> lines, String stage) throws IOException {
        long out = 0;
        ByteArrayBuilder written = new ByteArrayBuilder(1 << 16);
        byte[] compressed = new byte[0];
        for (byte[] line : lines) {
            switch (stage) {
                case "split" -> out += line.length;
                case "tree" -> out += MAPPER.readTree(line).size();
                default -> {
                    written.reset();
                    try (JsonParser parser = MAPPER.createParser(line);
                         JsonGenerator generator = MAPPER.createGenerator(written)) {
                        parser.nextToken();
                        generator.copyCurrentStructure(parser);
                    }
                    byte[] bytes = written.toByteArray();
                    SHA256.get().update(bytes);
                    out += SHA256.get().digest()[0] & 1;
                    int bound = LZ4.maxCompressedLength(bytes.length);
                    if (compressed.length < bound) {
                        compressed = new byte[bound];
                    }
                    out += LZ4.compress(bytes, 0, bytes.length, compressed, 0, bound);
                }
            }
        }
        return out;
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
