package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.inspect.InspectionReport.LineIssue;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the one JSON object that a {@code --json} command prints. */
public final class JsonOut {
    private JsonOut() {}

    public static ObjectNode object() {
        return Json.object();
    }

    public static ArrayNode lineIssues(List<LineIssue> issues) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (LineIssue issue : issues) {
            array.addObject().put("line", issue.line()).put("reason", issue.reason());
        }
        return array;
    }

    /** The library's line issues, in the same shape as {@link #lineIssues}. */
    public static ArrayNode issues(List<org.trajectorystudio.persistence.importing.LineIssue> issues) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (var issue : issues) {
            array.addObject().put("line", issue.line()).put("reason", issue.reason());
        }
        return array;
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    public static ObjectNode counts(Map<String, Long> counts) {
        ObjectNode node = Json.object();
        counts.forEach(node::put);
        return node;
    }

    /** Exact JSON, around the terminal filter; control characters inside strings are JSON escapes. */
    public static void print(PrintWriter out, ObjectNode node) {
        PrintWriter raw = TerminalText.raw(out);
        out.flush();
        raw.println(Json.MAPPER.writerWithDefaultPrettyPrinter().with(TerminalText.JSON_ESCAPES).writeValueAsString(node));
        raw.flush();
    }
}
