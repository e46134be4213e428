package org.trajectorystudio.persistence.importing;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.SampleRow;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses a chunk of raw lines on a worker thread. It follows {@link RecordParser#parse} but skips its content-id step:
 * {@link SampleRow#of} serialises the sample once and derives both the id and the stored body from those bytes.
 */
final class ChunkParser {
    private final SampleFormat format;
    private final ThreadLocal<BodyCodec> codecs = ThreadLocal.withInitial(BodyCodec::new);

    ChunkParser(SampleFormat format) {
        this.format = format;
    }

    ParsedChunk parse(List<RawLine> lines, long bytesAfter) {
        BodyCodec codec = codecs.get();
        List<SampleRow> rows = new ArrayList<>(lines.size());
        List<LineIssue> rejected = new ArrayList<>(0);
        List<LineIssue> warnings = new ArrayList<>(0);
        for (RawLine raw : lines) {
            try {
                ObjectNode record = RecordParser.parseObject(raw);
                RecordContext context = new RecordContext(raw.line());
                Sample sample = usableId(format.read(record, context), context);
                rows.add(SampleRow.of(sample, raw.line(), codec));
                for (String warning : context.warnings()) {
                    warnings.add(new LineIssue(raw.line(), warning));
                }
            } catch (RecordRejectedException e) {
                rejected.add(new LineIssue(raw.line(), e.getMessage()));
            } catch (RuntimeException e) {
                // A reader bug or a shape no rule foresaw must not stop the file: reject the line, say why.
                rejected.add(new LineIssue(raw.line(), "cannot read " + format.name() + " record: " + e.getMessage()));
            }
        }
        return new ParsedChunk(rows, rejected, warnings, lines.size(), bytesAfter);
    }

    /**
     * An id too long to type or show (whatever the reader let through) is dropped for the content id, with a warning:
     * the sample is kept and stays addressable, and re-importing the file still finds it again.
     */
    static Sample usableId(Sample sample, RecordContext context) {
        if (sample.id().length() <= SampleRow.MAX_ID_LENGTH) {
            return sample;
        }
        context.warn("id of " + sample.id().length() + " characters is longer than " + SampleRow.MAX_ID_LENGTH
                + ": stored under its content id");
        return sample.withId("");
    }
}
