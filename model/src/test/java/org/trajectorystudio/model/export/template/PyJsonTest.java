package org.trajectorystudio.model.export.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/** PyJson against what CPython 3's {@code json.dumps(json.loads(text))} prints (run by hand, copied here). */
class PyJsonTest {

    @ParameterizedTest
    @CsvSource({
            "1e-7, 1e-07", "1E+21, 1e+21", "1e21, 1e+21", "0.0001, 0.0001", "0.00001, 1e-05", "1e16, 1e+16",
            "1e15, 1000000000000000.0", "123456789012345678.0, 1.2345678901234568e+17", "0.5, 0.5", "2.50, 2.5",
            "-0.0, -0.0", "1.5e300, 1.5e+300", "5e-324, 5e-324", "0.1, 0.1", "100.0, 100.0", "3.14159, 3.14159",
            "1e22, 1e+22", "-1.25E-10, -1.25e-10", "12345.678, 12345.678", "12, 12", "-7, -7",
            "123456789012345678901234567890, 123456789012345678901234567890"})
    void numbersAsPythonWritesWhatItRead(String source, String python) {
        assertThat(PyJson.write(Json.MAPPER.readTree(source))).isEqualTo(python);
    }

    @Test
    void stylesOfJsonDumps() {
        JsonNode value = Json.MAPPER.readTree("{\"a\": \"x\", \"b\": [1, {}]}");
        assertThat(PyJson.write(value)).isEqualTo("{\"a\": \"x\", \"b\": [1, {}]}");
        assertThat(PyJson.write(value, 2)).isEqualTo("{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    {}\n  ]\n}");
        assertThat(PyJson.write(value, new PyJson.Style(-1, false, ",", ":", false))).isEqualTo("{\"a\":\"x\",\"b\":[1,{}]}");
        assertThat(PyJson.write(Json.MAPPER.readTree("{\"b\": 1, \"a\": 2}"), new PyJson.Style(-1, false, null, null, true)))
                .isEqualTo("{\"a\": 2, \"b\": 1}");
        // Key order as given, not sorted.
        assertThat(PyJson.write(Json.MAPPER.readTree("{\"b\": 1, \"a\": 2}"))).isEqualTo("{\"b\": 1, \"a\": 2}");
    }

    @Test
    void ensureAsciiEscapesAsPythonDoes() {
        JsonNode value = Json.MAPPER.readTree("{\"a\": \"\u00e9\u2028\uD83D\uDE00\", \"b\": [1, 2.0], \"c\": \"\u007f\\u001f\"}");
        assertThat(PyJson.write(value, new PyJson.Style(-1, true, null, null, false)))
                .isEqualTo("{\"a\": \"\\u00e9\\u2028\\ud83d\\ude00\", \"b\": [1, 2.0], \"c\": \"\\u007f\\u001f\"}");
        assertThat(PyJson.write(value)).isEqualTo("{\"a\": \"\u00e9\u2028\uD83D\uDE00\", \"b\": [1, 2.0], \"c\": \"\u007f\\u001f\"}");
    }
}
