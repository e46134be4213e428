package org.trajectorystudio.model.compare;

import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an alignment, as {@code compare --json} prints it:
 * {@code {"pairs":[{"left":0,"right":0,"similarity":0.97},{"left":1,"right":null,"similarity":0.0}],
 * "matched":1,"leftOnly":1,"rightOnly":0,"meanSimilarity":0.97}}. Indexes are 0-based; similarities are rounded to
 * three decimals.
 */
public final class AlignmentJson {
    private AlignmentJson() {}

    /** A fresh object: callers may add their own fields (the sample ids, say). */
    public static ObjectNode toJson(Alignment alignment) {
        ObjectNode json = Json.object();
        ArrayNode pairs = json.putArray("pairs");
        for (AlignedPair pair : alignment.pairs()) {
            ObjectNode row = pairs.addObject();
            putIndex(row, "left", pair.left());
            putIndex(row, "right", pair.right());
            row.put("similarity", round(pair.similarity()));
        }
        json.put("matched", alignment.matched());
        json.put("leftOnly", alignment.leftOnly());
        json.put("rightOnly", alignment.rightOnly());
        json.put("meanSimilarity", round(alignment.meanSimilarity()));
        return json;
    }

    static double round(double similarity) {
        return Math.round(similarity * 1000.0) / 1000.0;
    }

    private static void putIndex(ObjectNode row, String name, Integer index) {
        if (index == null) {
            row.putNull(name);
        } else {
            row.put(name, index.intValue());
        }
    }
}
