package org.trajectorystudio.model.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlLinesTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The word-at-a-time newline search finds what a byte loop finds, whatever the bytes around it and the range. */
    @Test
    void theNewlineSearchFindsTheFirstNewlineOfAnyRange() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        // Neighbours of '\n' (0x09, 0x0B, 0x8A) and zero and high bytes, where a word test could go wrong.
        byte[] alphabet = {'\n', 0x09, 0x0B, (byte) 0x8A, 0, (byte) 0xFF, (byte) 0x80, 'a', '{', 0x01};
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(1, 80)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
                if (bytes[i] == '\n' && random.nextInt(3) != 0) {
                    bytes[i] = 'x'; // most ranges hold few newlines, some none
                }
            }
            int from = random.nextInt(bytes.length);
            int to = random.nextInt(from, bytes.length + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(JsonlLines.indexOfNewline(bytes, from, to)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void splitsLfAndCrlfAndKeepsALastLineWithoutNewline() {
        List<RawLine> lines = read("a\r\nbb\ncc".getBytes(UTF_8));

        assertThat(lines).extracting(RawLine::line, RawLine::offset, JsonlLinesTest::text)
                .containsExactly(tuple(1L, 0L, "a"), tuple(2L, 3L, "bb"), tuple(3L, 6L, "cc"));
    }

    @Test
    void skipsBlankLinesButCountsThemInLineNumbers() {
        List<RawLine> lines = read("\n  \nfirst\r\n\t\r\n\r\n\nsecond\n\n".getBytes(UTF_8));

        assertThat(lines).extracting(RawLine::line, JsonlLinesTest::text)
                .containsExactly(tuple(3L, "first"), tuple(7L, "second"));
    }

    @Test
    void dropsALeadingByteOrderMarkButCountsItsBytesInOffsets() {
        byte[] file = concat(BOM, "{\"a\":1}\n{\"b\":2}\n".getBytes(UTF_8));

        List<RawLine> lines = read(file);

        assertThat(lines).extracting(RawLine::line, RawLine::offset, JsonlLinesTest::text)
                .containsExactly(tuple(1L, 0L, "{\"a\":1}"), tuple(2L, 11L, "{\"b\":2}"));
    }

    @Test
    void aFileOfOnlyAByteOrderMarkAndBlankLinesHasNoLines() {
        assertThat(read(concat(BOM, "\r\n \n\n".getBytes(UTF_8)))).isEmpty();
        assertThat(read(BOM)).isEmpty();
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void readsLinesLongerThanTheReadBuffer(@TempDir Path dir) throws IOException {
        String longLine = "x".repeat(2 * 1024 * 1024 + 17);
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "short\n" + longLine + "\n" + longLine + "y\r\nlast");

        List<RawLine> lines = new ArrayList<>();
        try (JsonlLines jsonl = new JsonlLines(Files.newInputStream(file))) {
            jsonl.forEachRemaining(lines::add);
            assertThat(jsonl.bytesRead()).isEqualTo(Files.size(file));
        }

        assertThat(lines).extracting(RawLine::line, RawLine::offset, line -> line.bytes().length).containsExactly(
                tuple(1L, 0L, 5),
                tuple(2L, 6L, longLine.length()),
                tuple(3L, 7L + longLine.length(), longLine.length() + 1),
                tuple(4L, 10L + 2L * longLine.length(), 4));
        assertThat(text(lines.get(2))).isEqualTo(longLine + "y");
    }

    @Test
    void aCrlfSplitAcrossTwoReadsIsStillOneLineEnding() {
        int chunk = 1 << 20;
        String first = "a".repeat(chunk - 1);

        List<RawLine> lines = read((first + "\r\nb").getBytes(UTF_8));

        assertThat(lines).extracting(JsonlLinesTest::text).containsExactly(first, "b");
        assertThat(lines.get(1).offset()).isEqualTo(chunk + 1L);
    }

    @Test
    void nextAfterTheLastLineThrows() {
        JsonlLines lines = new JsonlLines(new ByteArrayInputStream("only\n".getBytes(UTF_8)));
        assertThat(lines.next().line()).isEqualTo(1);
        assertThat(lines.hasNext()).isFalse();
        assertThat(lines.hasNext()).isFalse();
        assertThatThrownBy(lines::next).isInstanceOf(NoSuchElementException.class);
    }

    private static List<RawLine> read(byte[] content) {
        List<RawLine> lines = new ArrayList<>();
        try (JsonlLines jsonl = new JsonlLines(new ByteArrayInputStream(content))) {
            jsonl.forEachRemaining(lines::add);
            assertThat(jsonl.bytesRead()).isEqualTo(content.length);
        }
        return lines;
    }

    private static String text(RawLine line) {
        return new String(line.bytes(), UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
