package org.trajectorystudio.app.curation;

import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.curation.CurationEvent;
import tools.jackson.databind.JsonNode;

/** A curation log entry in words for the History list: "rated step 1 · option 2: 4", "revision r2", "label gold". */
final class HistoryText {
    private HistoryText() {}

    static String of(CurationEvent event) {
        JsonNode payload = event.payload() == null ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(event.payload());
        return switch (event.type()) {
            case RATING -> "rated " + target(payload) + ": " + payload.path("score").asInt() + " of 5";
            case RATING_CLEAR -> "rating of " + target(payload) + " cleared";
            case VERDICT -> "verdict " + payload.path("verdict").asString("");
            case VERDICT_CLEAR -> "verdict cleared";
            case LABEL_ADD -> "label " + payload.path("label").asString("");
            case LABEL_REMOVE -> "removed label " + payload.path("label").asString("");
            case NOTE -> "note: " + payload.path("text").asString("");
            case REVISION -> "saved revision r" + payload.path("revision").asInt();
            case PREFERENCE -> "preferred " + switch (payload.path("outcome").asString("")) {
                case "left" -> payload.path("left").asString("") + " r" + payload.path("leftRevision").asInt()
                        + " over " + payload.path("right").asString("") + " r" + payload.path("rightRevision").asInt();
                case "right" -> payload.path("right").asString("") + " r" + payload.path("rightRevision").asInt()
                        + " over " + payload.path("left").asString("") + " r" + payload.path("leftRevision").asInt();
                default -> "neither (a tie) of " + payload.path("left").asString("") + " and " + payload.path("right").asString("");
            } + reason(payload);
            case STEP_PREFERENCE -> "at step " + payload.path("step").asInt() + " of r" + payload.path("revision").asInt()
                    + ", preferred option " + payload.path("chosen").asInt() + " over option " + payload.path("rejected").asInt()
                    + reason(payload);
            case SUGGESTION -> "suggested " + suggestion(payload) + " (rubric " + payload.path("rubric").asString("")
                    + ", " + payload.path("model").asString("") + ")";
        };
    }

    private static String target(JsonNode payload) {
        if (!payload.has("step")) {
            return "the whole sample";
        }
        return "step " + payload.path("step").asInt() + (payload.has("candidate") ? " · option " + payload.path("candidate").asInt() : "");
    }

    /** A judge's suggestion: a verdict, an option at a step, or a reply it could not read. */
    private static String suggestion(JsonNode payload) {
        if (payload.has("verdict")) {
            return "verdict " + payload.path("verdict").asString("");
        }
        if (payload.has("option")) {
            return "option " + payload.path("option").asInt() + " at step " + payload.path("step").asInt();
        }
        return "nothing readable";
    }

    private static String reason(JsonNode payload) {
        String reason = payload.path("reason").asString("");
        return reason.isBlank() ? "" : " (" + reason + ")";
    }
}
