package org.trajectorystudio.model.format;

import java.util.List;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns one raw line into a sample or a rejection with a one-line reason. Stateless and thread-safe. */
public final class RecordParser {
    private final SampleFormat format;

    public RecordParser(SampleFormat format) {
        this.format = format;
    }

    public SampleFormat format() {
        return format;
    }

    public ReadOutcome parse(RawLine raw) {
        ObjectNode record;
        try {
            record = parseObject(raw);
        } catch (RecordRejectedException e) {
            return new ReadOutcome.Rejected(raw.line(), e.getMessage());
        }
        RecordContext context = new RecordContext(raw.line());
        try {
            Sample sample = format.read(record, context);
            if (sample.id().isEmpty()) {
                sample = sample.withId(SampleIds.contentId(sample));
            }
            return new ReadOutcome.Read(raw.line(), sample, context.warnings());
        } catch (RecordRejectedException e) {
            return new ReadOutcome.Rejected(raw.line(), e.getMessage());
        } catch (RuntimeException e) {
            // A format bug or a shape no rule foresaw must not stop the file: reject the line, say why.
            return new ReadOutcome.Rejected(raw.line(), "cannot read " + format.name() + " record: " + e.getMessage());
        }
    }

    /** Parses a line as one JSON object, with a reason a user understands when it is not one. */
    public static ObjectNode parseObject(RawLine raw) throws RecordRejectedException {
        if (raw.isOversized()) {
            throw new RecordRejectedException(oversized(raw.skippedBytes()));
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(raw.bytes());
        } catch (JacksonException e) {
            throw new RecordRejectedException(describe(e));
        }
        if (node == null || node.isMissingNode()) {
            throw new RecordRejectedException("empty line");
        }
        if (!node.isObject()) {
            throw new RecordRejectedException("not a JSON object (found " + kindOf(node) + ")");
        }
        return (ObjectNode) node;
    }

    /** Why the first of these records is not a JSON object (for a file in which none is). */
    static String describeFirst(java.util.Collection<RawLine> records) {
        for (RawLine raw : records) {
            try {
                parseObject(raw);
            } catch (RecordRejectedException e) {
                return "line " + raw.line() + ": " + e.getMessage();
            }
        }
        return "no record";
    }

    /** The reason given for a record over the size bound. */
    public static String oversized(long size) {
        return "record of " + String.format(java.util.Locale.ROOT, "%,d", size)
                + " bytes is over the record size limit; skipped unread (-Dstudio.maxRecordBytes raises the limit)";
    }

    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8")) {
            return "invalid UTF-8: " + firstLine(message);
        }
        if (lower.contains("end-of-input") || lower.contains("unexpected end")) {
            return "cut off: the JSON ends before the record is complete";
        }
        if (lower.contains("trailing token")) {
            return "not a single JSON object: more content after the record";
        }
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        // Jackson lists every token it would have taken; the character it met says it all.
        int expected = message.indexOf(": expected a valid value");
        return "not valid JSON" + (column > 0 ? " at column " + column : "") + ": "
                + firstLine(expected > 0 ? message.substring(0, expected) : message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Convenience for tests and tools: every outcome of a list of raw lines. */
    public List<ReadOutcome> parseAll(List<RawLine> lines) {
        return lines.stream().map(this::parse).toList();
    }
}
