package org.trajectorystudio.model.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;

/**
 * mini-swe-agent: a fenced {@code ```mswea_bash_command} block (tool {@value #TOOL}, arguments
 * {@code {"command": …}}), the thought before it, separated by a blank line.
 */
public final class FencedBash implements ActionSyntax {
    public static final String TOOL = "bash";
    static final String FENCE = "```mswea_bash_command";
    private static final Pattern BLOCK = Pattern.compile("```mswea_bash_command[ \\t]*\\n(.*?)(?:```|\\z)", Pattern.DOTALL);

    @Override
    public String name() {
        return "mini-swe-agent";
    }

    @Override
    public boolean finds(String text) {
        return text.contains(FENCE);
    }

    @Override
    public TextActions read(String text, ToolCallReader calls) {
        Matcher block = BLOCK.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (block.find()) {
            outside.append(text, last, block.start());
            calls.add(null, TOOL, Json.object().put("command", TextActions.trimNewlines(block.group(1))), null);
            last = block.end();
        }
        outside.append(text, last, text.length());
        return new TextActions(TextActions.thought(outside.toString()), null, null);
    }

    @Override
    public boolean canWrite(Action action) {
        return action instanceof ToolCalls calls && !calls.calls().isEmpty() && calls.calls().stream().allMatch(FencedBash::writable);
    }

    private static boolean writable(ToolCall call) {
        JsonNode command = call.hasInvalidArguments() ? null : call.arguments().get("command");
        return call.name().equals(TOOL) && call.arguments().size() == 1 && command != null && command.isString()
                && !command.stringValue().contains("```") && !command.stringValue().startsWith("\n")
                && !command.stringValue().endsWith("\n");
    }

    @Override
    public String write(String thought, Action action, JsonNode callFields, JsonNode finish) {
        if (!canWrite(action)) {
            throw new IllegalArgumentException(name() + " writes '" + TOOL + "' calls with one 'command'");
        }
        StringBuilder text = new StringBuilder(thought == null ? "" : thought + "\n\n");
        for (ToolCall call : ((ToolCalls) action).calls()) {
            text.append(call == ((ToolCalls) action).calls().getFirst() ? "" : "\n\n").append(FENCE).append('\n')
                    .append(call.arguments().get("command").stringValue()).append("\n```");
        }
        return text.toString();
    }
}
