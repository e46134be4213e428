package org.trajectorystudio.model.format.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-16 or UTF-32 text as a UTF-8 byte stream, so that the byte-level readers see what they always see. Decoding
 * errors become U+FFFD (the record holding one is then read with that character) rather than a stopped file.
 */
final class Utf8Transcoder extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean eof;

    /** @param in positioned after the byte order mark */
    Utf8Transcoder(InputStream in, Charset charset) {
        this.reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        while (!bytes.hasRemaining()) {
            if (eof) {
                return -1;
            }
            bytes.clear();
            int read = reader.read(chars);
            if (read < 0) {
                eof = true;
                chars.flip();
                encoder.encode(chars, bytes, true);
                encoder.flush(bytes);
            } else {
                chars.flip();
                // A high surrogate at the end stays in the buffer until its pair arrives.
                encoder.encode(chars, bytes, false);
                chars.compact();
            }
            bytes.flip();
        }
        int count = Math.min(length, bytes.remaining());
        bytes.get(target, offset, count);
        return count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
