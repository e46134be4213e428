package org.trajectorystudio.model.edit;

import java.util.List;
import java.util.Optional;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads the arguments a curator typed for a tool call: JSON first, then the tool's parameter schema. */
public final class ToolArguments {
    private ToolArguments() {}

    /** Either the parsed arguments or one line saying what is wrong. */
    public sealed interface Checked permits Valid, Invalid {}

    public record Valid(String name, JsonNode arguments) implements Checked {}

    public record Invalid(String reason) implements Checked {}

    public static Checked check(Sample sample, String name, String argumentsText) {
        if (name == null || name.isBlank()) {
            return new Invalid("the tool name is empty");
        }
        String tool = name.strip();
        JsonNode arguments;
        try {
            arguments = Json.MAPPER.readTree(argumentsText == null ? "" : argumentsText);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Invalid("arguments are not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (arguments == null || arguments.isMissingNode()) {
            return new Invalid("arguments are empty; write {} for none");
        }
        if (!sample.tools().isEmpty()) {
            Optional<ToolSpec> spec = sample.tools().stream().filter(t -> t.name().equals(tool)).findFirst();
            if (spec.isEmpty()) {
                return new Invalid("this sample offers no tool named '" + tool + "' (it has "
                        + sample.tools().stream().map(ToolSpec::name).toList() + ")");
            }
            List<String> problems = ToolSchemaValidator.validate(spec.get().parameters(), arguments);
            if (!problems.isEmpty()) {
                return new Invalid(String.join("; ", problems));
            }
        }
        return new Valid(tool, arguments);
    }
}
