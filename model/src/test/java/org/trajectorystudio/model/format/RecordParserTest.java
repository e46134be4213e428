package org.trajectorystudio.model.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trajectorystudio.model.format.studio.StudioFormat;
import org.trajectorystudio.model.sample.SampleIds;

/** One bad line, one rejection: with the line's number and a one-line reason a user understands. */
class RecordParserTest {
    private static final String GOOD = "{\"question\":\"q\",\"steps\":[]}";

    private final RecordParser parser = new RecordParser(new StudioFormat());

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("an array", bytes("[" + GOOD + "]"), "not a JSON object (found an array)"),
                Arguments.of("a string", bytes("\"" + GOOD.replace("\"", "\\\"") + "\""), "not a JSON object (found a string)"),
                Arguments.of("a number", bytes("42"), "not a JSON object (found a number)"),
                Arguments.of("null", bytes("null"), "not a JSON object (found null)"),
                Arguments.of("cut off", bytes("{\"question\":\"q\",\"steps\":[{\"action\":"), "cut off"),
                Arguments.of("cut off in a string", bytes("{\"question\":\"q"), "cut off"),
                Arguments.of("invalid UTF-8 byte", bytes("{\"question\":\"", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\",\"steps\":[]}"), "invalid UTF-8"),
                Arguments.of("truncated UTF-8 sequence", bytes("{\"question\":\"", new byte[] {(byte) 0xE4, (byte) 0xB8}, "\",\"steps\":[]}"), "invalid UTF-8"),
                Arguments.of("UTF-8 encoded surrogate", bytes("{\"question\":\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\",\"steps\":[]}"), "invalid UTF-8"),
                Arguments.of("a second object", bytes(GOOD + " {\"a\":1}"), "not a single JSON object: more content after the record"),
                Arguments.of("trailing garbage", bytes(GOOD + " xyz"), "not valid JSON at column 29: Unrecognized token 'xyz'"),
                Arguments.of("trailing comma", bytes(GOOD + ","), "not valid JSON at column 28"),
                Arguments.of("single quotes", bytes("{'question':'q'}"), "not valid JSON at column 2"),
                Arguments.of("no question", bytes("{\"steps\":[]}"), "no 'question' string"),
                Arguments.of("question not a string", bytes("{\"question\":7,\"steps\":[]}"), "no 'question' string"),
                Arguments.of("no steps", bytes("{\"question\":\"q\"}"), "no 'steps' array"),
                Arguments.of("steps not an array", bytes("{\"question\":\"q\",\"steps\":{}}"), "no 'steps' array"),
                Arguments.of("unknown action", bytes("{\"question\":\"q\",\"steps\":[{\"action\":{\"type\":\"dance\"}}]}"),
                        "step 1: unknown action type 'dance'"),
                Arguments.of("empty", new byte[0], "empty line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void rejectsWithLineNumberAndReason(String name, byte[] line, String reason) {
        ReadOutcome outcome = parser.parse(new RawLine(41, 1234, line));

        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(outcome.line()).isEqualTo(41);
        String actual = ((ReadOutcome.Rejected) outcome).reason();
        assertThat(actual).contains(reason).doesNotContain("\n").hasSizeLessThan(300);
    }

    @Test
    void aGoodLineWithoutIdIsReadWithItsContentIdAndRepairWarnings() {
        ReadOutcome outcome = parser.parse(new RawLine(9, 0, bytes(GOOD)));

        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        ReadOutcome.Read read = (ReadOutcome.Read) outcome;
        assertThat(read.line()).isEqualTo(9);
        assertThat(read.sample().id()).isEqualTo(SampleIds.contentId(read.sample()));
        assertThat(read.warnings()).containsExactly("no 'kind': read as trajectory");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(before));
        out.writeBytes(middle);
        out.writeBytes(bytes(after));
        return out.toByteArray();
    }
}
