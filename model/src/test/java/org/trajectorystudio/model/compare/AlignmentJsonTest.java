package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trajectorystudio.model.compare.Steps.answer;
import static org.trajectorystudio.model.compare.Steps.search;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

class AlignmentJsonTest {

    @Test
    void writesPairsWithNullGapsRoundedSimilaritiesAndTheSummary() {
        Alignment alignment = new Alignment(List.of(
                AlignedPair.match(0, 0, 0.97349), AlignedPair.leftOnly(1), AlignedPair.rightOnly(1),
                AlignedPair.match(2, 2, 0.99961)));

        String json = Json.write(AlignmentJson.toJson(alignment));

        assertThat(json).isEqualTo("{\"pairs\":["
                + "{\"left\":0,\"right\":0,\"similarity\":0.973},"
                + "{\"left\":1,\"right\":null,\"similarity\":0.0},"
                + "{\"left\":null,\"right\":1,\"similarity\":0.0},"
                + "{\"left\":2,\"right\":2,\"similarity\":1.0}],"
                + "\"matched\":2,\"leftOnly\":1,\"rightOnly\":1,\"meanSimilarity\":0.987}");
    }

    @Test
    void anAlignedTrajectoryReadsBackAsTheSamePairs() {
        Alignment alignment = new StepAligner().align(
                List.of(search("a b"), search("c"), answer("x")), List.of(search("a b"), answer("x")));

        JsonNode pairs = Json.tryParse(Json.write(AlignmentJson.toJson(alignment))).get("pairs");

        assertThat(pairs.size()).isEqualTo(alignment.pairs().size());
        for (int k = 0; k < pairs.size(); k++) {
            AlignedPair pair = alignment.pairs().get(k);
            JsonNode row = pairs.get(k);
            assertThat(row.get("left").isNull() ? null : row.get("left").intValue()).isEqualTo(pair.left());
            assertThat(row.get("right").isNull() ? null : row.get("right").intValue()).isEqualTo(pair.right());
            assertThat(row.get("similarity").doubleValue()).isEqualTo(AlignmentJson.round(pair.similarity()));
        }
        assertThat(pairs.get(1).get("right").isNull()).isTrue();
    }
}
