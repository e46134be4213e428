package org.trajectorystudio.model.export.pack;

import java.util.Arrays;
import java.util.List;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One packed sequence as an output line: {@code {ids, tokens, text}} with each document followed by the separator, or
 * for chat {@code {ids, tokens, conversations: [{messages, tools}]}}; {@code truncated} lists the cut records, if any.
 * The studio's export and the Spark job write packed sequences through this one method.
 */
public final class PackedLine {
    private PackedLine() {}

    /** A record placed in the sequence: its output line parsed back, its tokens without the separator. */
    public record Member(String id, int tokens, boolean truncated, JsonNode record) {}

    public static byte[] of(ExportFormat format, List<Member> members, String separator, int separatorTokens) {
        ObjectNode line = Json.object();
        ArrayNode ids = line.putArray("ids");
        ArrayNode truncated = Json.MAPPER.createArrayNode();
        long tokens = 0;
        StringBuilder text = new StringBuilder();
        ArrayNode conversations = Json.MAPPER.createArrayNode();
        for (Member member : members) {
            ids.add(member.id());
            if (member.truncated()) {
                truncated.add(member.id());
            }
            tokens += member.tokens() + separatorTokens;
            if (format == ExportFormat.CHAT) {
                ObjectNode conversation = conversations.addObject();
                conversation.set("messages", member.record().get("messages"));
                conversation.set("tools", member.record().get("tools"));
            } else {
                text.append(member.record().get("text").stringValue()).append(separator);
            }
        }
        line.put("tokens", tokens);
        if (format == ExportFormat.CHAT) {
            line.set("conversations", conversations);
        } else {
            line.put("text", text.toString());
        }
        if (!truncated.isEmpty()) {
            line.set("truncated", truncated);
        }
        byte[] json = Json.MAPPER.writeValueAsBytes(line);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }
}
