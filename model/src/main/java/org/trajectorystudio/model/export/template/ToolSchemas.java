package org.trajectorystudio.model.export.template;

import java.util.List;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tools in the OpenAI function form ({@code {"type": "function", "function": {name, description, parameters}}}), the
 * shape HuggingFace passes to chat templates and that chat-format training files carry.
 */
public final class ToolSchemas {
    private ToolSchemas() {}

    public static ObjectNode function(ToolSpec tool) {
        ObjectNode function = Json.object();
        function.put("name", tool.name());
        if (tool.description() != null) {
            function.put("description", tool.description());
        }
        if (tool.parameters() != null) {
            function.set("parameters", tool.parameters());
        }
        ObjectNode node = Json.object();
        node.put("type", "function");
        node.set("function", function);
        return node;
    }

    public static ArrayNode functions(List<ToolSpec> tools) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        tools.forEach(tool -> array.add(function(tool)));
        return array;
    }
}
