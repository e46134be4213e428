package org.trajectorystudio.model.export.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * One output line: {@code {"id": …, <body fields>, "truncated": true}\n}. The body is serialized once and spliced
 * behind the id, because the same bytes also serve to find exact duplicates.
 */
public final class RecordLines {
    private static final byte[] ID = "{\"id\":".getBytes(UTF_8);
    private static final byte[] TRUNCATED = ",\"truncated\":true}".getBytes(UTF_8);

    private RecordLines() {}

    public static byte[] body(ObjectNode body) {
        return Json.MAPPER.writeValueAsBytes(body);
    }

    /** @param body a serialized JSON object with at least one field */
    public static byte[] line(String id, byte[] body, boolean truncated) {
        if (body.length < 2 || body[0] != '{' || body[body.length - 1] != '}' || body.length == 2) {
            throw new IllegalArgumentException("a record body must be a non-empty JSON object");
        }
        byte[] idJson = Json.MAPPER.writeValueAsBytes(Json.MAPPER.getNodeFactory().stringNode(id));
        byte[] tail = truncated ? TRUNCATED : new byte[] {'}'};
        int middle = body.length - 2; // the body without its braces
        byte[] line = new byte[ID.length + idJson.length + 1 + middle + tail.length + 1];
        int at = 0;
        System.arraycopy(ID, 0, line, at, ID.length);
        at += ID.length;
        System.arraycopy(idJson, 0, line, at, idJson.length);
        at += idJson.length;
        line[at++] = ',';
        System.arraycopy(body, 1, line, at, middle);
        at += middle;
        System.arraycopy(tail, 0, line, at, tail.length);
        line[line.length - 1] = '\n';
        return line;
    }
}
