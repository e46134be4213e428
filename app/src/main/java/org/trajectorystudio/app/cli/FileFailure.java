package org.trajectorystudio.app.cli;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;

/** A file among several that a command could not read (not trajectory data, unreadable): the others go on. */
record FileFailure(String file, String reason) {

    /** The {@code failed[{file, reason}]} array of a command's JSON. */
    static ArrayNode toJson(List<FileFailure> failures) {
        ArrayNode failed = org.trajectorystudio.model.json.Json.MAPPER.createArrayNode();
        for (FileFailure failure : failures) {
            failed.addObject().put("file", failure.file()).put("reason", failure.reason());
        }
        return failed;
    }
}
