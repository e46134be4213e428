package org.trajectorystudio.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.Formats;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.Sample;

/**
 * Reads one source file on an executor through the studio's own {@link SampleReader}: the same format detection over
 * the first records, the same readers, the same rejection of unreadable lines (counted and reported as
 * {@code FILE:LINE: reason}, the rest goes on). Streams: a file never sits in memory.
 */
final class SourceReading {
    /** Rejected lines listed in the job's report; all are counted. */
    static final int LISTED = 20;

    private SourceReading() {}

    /** @param format a format name, or null to detect it per file as {@code ./studio import} does */
    static Iterator<Records.Source> read(SourceFiles.HadoopConf conf, int file, String path, String format,
                                         LongAccumulator rejected, CollectionAccumulator<String> listed) {
        SampleFormat forced = format == null ? null : Formats.byName(format)
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "' (known: " + String.join(", ", Formats.names()) + ")"));
        SampleReader reader;
        try {
            reader = SampleReader.open(conf.open(path), path, forced);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read (" + e.getMessage() + ")", e);
        } catch (FormatNotDetectedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new Iterator<>() {
            private Records.Source next;

            @Override
            public boolean hasNext() {
                while (next == null && reader.hasNext()) {
                    switch (reader.next()) {
                        case ReadOutcome.Read read -> {
                            Sample sample = read.sample();
                            next = new Records.Source(OrderKey.of(file, read.line()), sample.id(), file, StudioCodec.writeBytes(sample));
                        }
                        case ReadOutcome.Rejected bad -> {
                            rejected.add(1);
                            if (listed.value().size() < LISTED) {
                                listed.add(path + ":" + bad.line() + ": " + bad.reason());
                            }
                        }
                    }
                }
                if (next == null) {
                    reader.close();
                }
                return next != null;
            }

            @Override
            public Records.Source next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Records.Source out = next;
                next = null;
                return out;
            }
        };
    }
}
