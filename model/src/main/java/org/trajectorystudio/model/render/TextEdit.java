package org.trajectorystudio.model.render;

import java.util.List;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * One text as an edit of another, {@code [prefix, "middle", suffix]}: keep the first {@code prefix} and the last
 * {@code suffix} characters of the base and put {@code middle} between them. Small when the texts differ in one place
 * (whitespace at the end of a response, a re-serialised call).
 */
final class TextEdit {
    private TextEdit() {}

    private static final int BLOCK = 64;

    static ArrayNode between(String base, String target) {
        return between(List.of(base), target);
    }

    /**
     * The edit from the concatenation of {@code baseParts} to {@code target}, without building the concatenation: the
     * base of a response edit is the convention's {@code <tool_response>} turn around a long observation, which an
     * import would otherwise copy for every step only to compare it.
     */
    static ArrayNode between(List<String> baseParts, String target) {
        int baseLength = 0;
        for (String part : baseParts) {
            baseLength += part.length();
        }
        int max = Math.min(baseLength, target.length());
        int prefix = 0;
        for (String part : baseParts) {
            int n = Math.min(part.length(), max - prefix);
            int same = sameForward(part, target, prefix, n);
            prefix += same;
            if (same < part.length() || prefix == max) {
                break;
            }
        }
        int suffix = 0;
        int limit = max - prefix;
        for (int p = baseParts.size() - 1; p >= 0 && suffix < limit; p--) {
            String part = baseParts.get(p);
            int n = Math.min(part.length(), limit - suffix);
            int same = sameBackward(part, target, target.length() - suffix, n);
            suffix += same;
            if (same < part.length()) {
                break;
            }
        }
        return Json.MAPPER.createArrayNode().add(prefix).add(target.substring(prefix, target.length() - suffix)).add(suffix);
    }

    /** How many of the first {@code n} characters of {@code part} equal those of {@code target} from {@code at}. */
    private static int sameForward(String part, String target, int at, int n) {
        int same = 0;
        // Whole blocks first: regionMatches compares them vectorised; the texts are whole turns that mostly agree,
        // and a charAt loop over them was a few per cent of an import.
        while (same + BLOCK <= n && part.regionMatches(same, target, at + same, BLOCK)) {
            same += BLOCK;
        }
        while (same < n && part.charAt(same) == target.charAt(at + same)) {
            same++;
        }
        return same;
    }

    /** How many of the last {@code n} characters of {@code part} equal those of {@code target} before {@code end}. */
    private static int sameBackward(String part, String target, int end, int n) {
        int same = 0;
        int partEnd = part.length();
        while (same + BLOCK <= n && part.regionMatches(partEnd - same - BLOCK, target, end - same - BLOCK, BLOCK)) {
            same += BLOCK;
        }
        while (same < n && part.charAt(partEnd - 1 - same) == target.charAt(end - 1 - same)) {
            same++;
        }
        return same;
    }

    static String apply(String base, ArrayNode edit) {
        JsonNode prefix = edit.get(0);
        JsonNode middle = edit.get(1);
        JsonNode suffix = edit.get(2);
        if (edit.size() != 3 || !prefix.canConvertToInt() || !middle.isString() || !suffix.canConvertToInt()
                || prefix.asInt() + suffix.asInt() > base.length()) {
            return base;
        }
        return base.substring(0, prefix.asInt()) + middle.stringValue() + base.substring(base.length() - suffix.asInt());
    }
}
