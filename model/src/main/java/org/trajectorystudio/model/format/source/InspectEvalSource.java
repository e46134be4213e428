package org.trajectorystudio.model.format.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.RecordSource;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * An Inspect AI {@code .eval} log: a ZIP whose {@code samples/*.json} entries each hold one sample. Each becomes one
 * OpenAI-style record: its {@code messages} with every {@code attachment://HASH} reference replaced by the sample's
 * {@code attachments[HASH]} (Inspect moves long strings there), the tools of its last model call, {@code target} as
 * the answer, and its {@code uuid} as the id (sample ids such as {@code "0"} repeat across logs). The event log,
 * {@code message_pool} (the de-duplicated messages the events point into by index) and the attachments themselves
 * are dropped: the conversation they encode is the {@code messages} list. Records are numbered 1, 2, … in ZIP order.
 */
final class InspectEvalSource implements RecordSource {
    private static final String ATTACHMENT = "attachment://";
    private static final java.util.Set<String> DROPPED = java.util.Set.of(
            "events", "message_pool", "attachments", "messages", "input", "output", "target", "uuid");

    private final ZipFile zip;
    private final Iterator<? extends ZipEntry> samples;
    private final long maxRecordBytes;
    private long index;
    private long bytes;

    private InspectEvalSource(ZipFile zip, List<? extends ZipEntry> samples, long maxRecordBytes) {
        this.zip = zip;
        this.samples = samples.iterator();
        this.maxRecordBytes = maxRecordBytes;
    }

    static InspectEvalSource open(Path file, long maxRecordBytes) throws IOException, FormatNotDetectedException {
        ZipFile zip = new ZipFile(file.toFile());
        List<ZipEntry> samples = new ArrayList<>();
        boolean header = false;
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            header |= entry.getName().equals("header.json") || entry.getName().startsWith("_journal/");
            if (entry.getName().startsWith("samples/") && entry.getName().endsWith(".json")) {
                samples.add(entry);
            }
        }
        if (!header && samples.isEmpty()) {
            zip.close();
            throw new FormatNotDetectedException(file + ": a ZIP file that is not an Inspect AI log (no header.json,"
                    + " no samples/*.json); the studio reads ZIPs only as Inspect .eval logs");
        }
        return new InspectEvalSource(zip, samples, maxRecordBytes);
    }

    @Override
    public long bytesRead() {
        return bytes;
    }

    @Override
    public boolean hasNext() {
        return samples.hasNext();
    }

    @Override
    public RawLine next() {
        if (!samples.hasNext()) {
            throw new NoSuchElementException();
        }
        ZipEntry entry = samples.next();
        index++;
        bytes += Math.max(0, entry.getCompressedSize());
        if (entry.getSize() > maxRecordBytes) {
            return RawLine.oversized(index, 0, entry.getSize());
        }
        byte[] raw;
        try (InputStream in = zip.getInputStream(entry)) {
            raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (raw.length > maxRecordBytes) {
            return RawLine.oversized(index, 0, raw.length);
        }
        try {
            ObjectNode sample = RecordParser.parseObject(new RawLine(index, 0, raw));
            return new RawLine(index, 0, Json.MAPPER.writeValueAsBytes(toRecord(sample)));
        } catch (RecordRejectedException e) {
            // Handed on as it is: the record parser rejects it with the same reason, on this record's number.
            return new RawLine(index, 0, raw);
        }
    }

    /** One sample as an OpenAI-style record. */
    static ObjectNode toRecord(ObjectNode sample) {
        JsonNode attachments = sample.get("attachments");
        ObjectNode record = Json.object();
        String uuid = Json.text(sample, "uuid");
        if (uuid != null) {
            record.put("id", uuid);
        }
        JsonNode messages = sample.get("messages");
        if ((messages == null || messages.isEmpty()) && sample.get("message_pool") instanceof ArrayNode pool) {
            messages = pool;
        }
        record.set("messages", resolve(messages, attachments));
        JsonNode tools = lastTools(sample.get("events"));
        if (tools != null) {
            record.set("tools", resolve(tools, attachments));
        }
        JsonNode target = sample.get("target");
        if (target != null && target.isString()) {
            record.put("answer", target.stringValue());
        } else if (target != null) {
            record.set("target", target);
        }
        for (var field : sample.properties()) {
            if (field.getKey().equals("id") && uuid != null) {
                record.set("sampleId", field.getValue());
            } else if (!DROPPED.contains(field.getKey())) {
                record.set(field.getKey(), resolve(field.getValue(), attachments));
            }
        }
        return record;
    }

    private static JsonNode lastTools(JsonNode events) {
        JsonNode tools = null;
        if (events != null) {
            for (JsonNode event : events) {
                if ("model".equals(Json.text(event, "event")) && event.get("tools") instanceof ArrayNode found
                        && !found.isEmpty()) {
                    tools = found;
                }
            }
        }
        return tools;
    }

    /** A copy with every {@code attachment://HASH} string replaced by its attachment (unknown ones are kept). */
    static JsonNode resolve(JsonNode node, JsonNode attachments) {
        if (node == null || attachments == null || !attachments.isObject()) {
            return node;
        }
        if (node.isString()) {
            String text = node.stringValue();
            if (text.startsWith(ATTACHMENT)) {
                String found = Json.text(attachments, text.substring(ATTACHMENT.length()));
                return found == null ? node : StringNode.valueOf(found);
            }
            return node;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = Json.MAPPER.createArrayNode();
            array.forEach(element -> copy.add(resolve(element, attachments)));
            return copy;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = Json.object();
            object.properties().forEach(field -> copy.set(field.getKey(), resolve(field.getValue(), attachments)));
            return copy;
        }
        return node;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
