package org.trajectorystudio.model.render;

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
        int max = Math.min(base.length(), target.length());
        int prefix = 0;
        // Whole blocks first: regionMatches compares them vectorised; the texts are whole assistant turns that
        // mostly agree, and a charAt loop over them was a few per cent of an import.
        while (prefix + BLOCK <= max && base.regionMatches(prefix, target, prefix, BLOCK)) {
            prefix += BLOCK;
        }
        while (prefix < max && base.charAt(prefix) == target.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix + BLOCK <= max - prefix
                && base.regionMatches(base.length() - suffix - BLOCK, target, target.length() - suffix - BLOCK, BLOCK)) {
            suffix += BLOCK;
        }
        while (suffix < max - prefix && base.charAt(base.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
            suffix++;
        }
        return Json.MAPPER.createArrayNode().add(prefix).add(target.substring(prefix, target.length() - suffix)).add(suffix);
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
