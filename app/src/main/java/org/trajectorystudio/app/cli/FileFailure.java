package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;

/** A file among several that a command could not read (not trajectory data, unreadable): the others go on. */
record FileFailure(String file, String reason) {

    /** The failure of {@code file}, said as one {@code error:} line on stderr (the command goes on with the others). */
    static FileFailure reported(PrintWriter err, Path file, UserError e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return new FileFailure(file.toString(), e.getMessage());
    }

    /** The {@code failed[{file, reason}]} array of a command's JSON. */
    static ArrayNode toJson(List<FileFailure> failures) {
        ArrayNode failed = org.trajectorystudio.model.json.Json.MAPPER.createArrayNode();
        for (FileFailure failure : failures) {
            failed.addObject().put("file", failure.file()).put("reason", failure.reason());
        }
        return failed;
    }
}
