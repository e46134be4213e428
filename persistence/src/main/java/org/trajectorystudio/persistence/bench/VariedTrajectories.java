package org.trajectorystudio.persistence.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import benchmark's input: a port of {@code ../shared/bench/make_varied.py} that writes the same bytes. Record i
 * is source record i mod n with " (variant v)" appended to its first user turn and "[run v]" after the first
 * {@code <think>} of each assistant turn (v = i div n), written as Python's {@code json.dumps(ensure_ascii=False)}
 * writes it, until the file holds at least the asked number of bytes. The real records' shapes, sizes and text are
 * kept, so the benchmark measures what users meet.
 */
public final class VariedTrajectories {
    private VariedTrajectories() {}

    /** Writes about {@code targetBytes} to {@code out}; returns how many records. */
    public static long write(Path source, Path out, long targetBytes) throws IOException {
        List<ObjectNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            records.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        if (records.isEmpty()) {
            throw new IOException(source + " holds no records");
        }
        Path part = out.resolveSibling(out.getFileName() + ".part");
        long written = 0;
        long i = 0;
        StringBuilder line = new StringBuilder(1 << 16);
        try (BufferedWriter writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            while (written < targetBytes) {
                ObjectNode record = records.get((int) (i % records.size())).deepCopy();
                vary(record, i / records.size());
                line.setLength(0);
                PythonJson.write(record, line);
                line.append('\n');
                writer.append(line);
                written += utf8Length(line);
                i++;
            }
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        return i;
    }

    private static void vary(ObjectNode record, long variant) {
        boolean firstUser = true;
        for (JsonNode message : record.path("messages")) {
            String role = message.path("role").asString("");
            if (role.equals("user") && firstUser) {
                firstUser = false;
                ((ObjectNode) message).put("content", message.path("content").asString() + " (variant " + variant + ")");
            } else if (role.equals("assistant")) {
                String content = message.path("content").asString();
                int think = content.indexOf("<think>");
                if (think >= 0) {
                    int after = think + "<think>".length();
                    ((ObjectNode) message).put("content",
                            content.substring(0, after) + "\n[run " + variant + "]" + content.substring(after));
                }
            }
        }
    }

    private static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
