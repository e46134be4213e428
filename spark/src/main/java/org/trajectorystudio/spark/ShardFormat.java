package org.trajectorystudio.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;

/**
 * How one shard's records become a file. The job hands each shard's lines (records, or packed sequences) in order;
 * JSONL writes them as they are. A Megatron indexed dataset ({@code .bin/.idx}) plugs in here with its own extension
 * and sink (it needs the token ids, which the sink can get from the profile's tokenizer on the executor).
 */
interface ShardFormat extends Serializable {

    /** The file name's ending, e.g. {@code .jsonl}. */
    String extension();

    Sink open(OutputStream out) throws IOException;

    interface Sink extends AutoCloseable {
        /** One output line with its trailing newline, exactly as the studio's export writes it. */
        void write(byte[] line) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** One JSON object a line, byte for byte the studio's export. */
    ShardFormat JSONL = new Jsonl();

    final class Jsonl implements ShardFormat {
        @Override
        public String extension() {
            return ".jsonl";
        }

        @Override
        public Sink open(OutputStream out) {
            return new Sink() {
                @Override
                public void write(byte[] line) throws IOException {
                    out.write(line);
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }
    }
}
