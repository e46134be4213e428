package org.trajectorystudio.model.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.export.template.PyJson;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ReAct, in its two forms: {@code Thought: … \nAction: NAME[ARG]} (FireAct; arguments {@code {"input": ARG}},
 * {@code finish[ARG]} is the answer) and {@code Thought: …\nAction: NAME\nAction Input: {json}} (ToolLLaMA; a
 * {@code Finish} call with a {@code final_answer} is the answer), plus {@code Final Answer: …}. Both forms are read
 * alike; each instance writes one ({@link #FIREACT}, {@link #TOOLLLAMA}). A trailing {@code Observation:} the model
 * wrote itself stays in the thought.
 */
public final class ReactText implements ActionSyntax {
    /** {@code Thought: T\nAction: search[x]}; answers as {@code finish[…]}. */
    public static final ReactText FIREACT = new ReactText(false);
    /** {@code \nThought: T\nAction: NAME\nAction Input: {json, indent 2}}; answers as a {@code Finish} call. */
    public static final ReactText TOOLLLAMA = new ReactText(true);

    private static final Pattern ACTION = Pattern.compile("(?m)^[ \\t]*Action[ \\t]*:[ \\t]*");
    private static final Pattern INPUT = Pattern.compile("(?m)^[ \\t]*Action[ \\t]+Input[ \\t]*:[ \\t]*");
    private static final Pattern OBSERVATION = Pattern.compile("(?m)^[ \\t]*Observation[ \\t]*:");
    private static final Pattern BRACKETED = Pattern.compile("\\A([\\w.\\-]+)\\[(.*)]\\s*\\z", Pattern.DOTALL);
    private static final Pattern FINAL_ANSWER = Pattern.compile("(?m)^[ \\t]*Final[ \\t]+Answer[ \\t]*:[ \\t]*");
    private static final Pattern NAME = Pattern.compile("[\\w.\\-]+");
    private static final String FINISH = "finish";
    private static final PyJson.Style INPUT_JSON = new PyJson.Style(2, true, null, null, false);

    private final boolean inputForm;

    private ReactText(boolean inputForm) {
        this.inputForm = inputForm;
    }

    @Override
    public String name() {
        return inputForm ? "react-input" : "react";
    }

    @Override
    public boolean finds(String text) {
        return ACTION.matcher(text).find() || FINAL_ANSWER.matcher(text).find();
    }

    @Override
    public TextActions read(String text, ToolCallReader calls) {
        Matcher action = ACTION.matcher(text);
        if (!action.find()) {
            Matcher answer = FINAL_ANSWER.matcher(text);
            return answer.find()
                    ? new TextActions(TextActions.thought(text.substring(0, answer.start())), text.substring(answer.end()).strip(), null)
                    : new TextActions(TextActions.thought(text), null, null);
        }
        String thought = TextActions.thought(text.substring(0, action.start()));
        String rest = text.substring(action.end());
        Matcher observation = OBSERVATION.matcher(rest);
        String trailing = null;
        if (observation.find()) {
            trailing = rest.substring(observation.start()).strip();
            rest = rest.substring(0, observation.start());
        }
        thought = Texts.join(thought, trailing);
        Matcher input = INPUT.matcher(rest);
        String name;
        String argument;
        if (input.find()) {
            name = rest.substring(0, input.start()).strip();
            argument = rest.substring(input.end()).strip();
        } else {
            Matcher bracketed = BRACKETED.matcher(rest.strip());
            if (bracketed.matches()) {
                if (bracketed.group(1).equalsIgnoreCase(FINISH)) {
                    return new TextActions(thought, bracketed.group(2), null);
                }
                calls.add(null, bracketed.group(1), Json.object().put("input", bracketed.group(2)), null);
                return new TextActions(thought, null, null);
            }
            String stripped = rest.strip();
            int newline = stripped.indexOf('\n');
            name = newline < 0 ? stripped : stripped.substring(0, newline).strip();
            argument = newline < 0 ? "" : stripped.substring(newline + 1).strip();
        }
        JsonNode parsed = argument.isEmpty() ? Json.object() : Json.tryParse(argument);
        JsonNode arguments = parsed != null && parsed.isObject() ? parsed : Json.object().put("input", argument);
        if (name.equalsIgnoreCase(FINISH)) {
            String answer = Json.text(arguments, "final_answer");
            if (answer != null) {
                return new TextActions(thought, answer, arguments);
            }
        }
        calls.add(null, name, arguments, null);
        return new TextActions(thought, null, null);
    }

    @Override
    public boolean canWrite(Action action) {
        return switch (action) {
            case FinalAnswer answer -> inputForm || oneLine(answer.text());
            case ToolCalls calls -> calls.calls().size() == 1 && writable(calls.calls().getFirst());
            default -> false;
        };
    }

    private boolean writable(ToolCall call) {
        if (call.hasInvalidArguments() || !NAME.matcher(call.name()).matches() || call.name().equalsIgnoreCase(FINISH)
                || !(call.arguments() instanceof ObjectNode arguments)) {
            return false;
        }
        if (inputForm) {
            return true;
        }
        JsonNode input = arguments.get("input");
        return arguments.size() == 1 && input != null && input.isString() && oneLine(input.stringValue());
    }

    private static boolean oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.strip().equals(text);
    }

    /** A thought this syntax can carry: none of its labels at the start of a line. */
    public static boolean carries(String thought) {
        return thought == null || (!ACTION.matcher(thought).find() && !OBSERVATION.matcher(thought).find()
                && !FINAL_ANSWER.matcher(thought).find() && thought.strip().equals(thought) && !thought.startsWith("Thought"));
    }

    @Override
    public String write(String thought, Action action, JsonNode callFields, JsonNode finish) {
        if (!canWrite(action) || !carries(thought)) {
            throw new IllegalArgumentException(name() + " cannot write this turn");
        }
        StringBuilder text = new StringBuilder(inputForm ? "\nThought: " : "");
        if (!inputForm && thought != null) {
            text.append("Thought: ");
        }
        if (thought != null) {
            text.append(thought);
        }
        if (inputForm || thought != null) {
            text.append('\n');
        }
        text.append("Action: ");
        if (action instanceof FinalAnswer answer) {
            if (!inputForm) {
                return text.append(FINISH).append('[').append(answer.text()).append(']').toString();
            }
            JsonNode arguments = finish != null && answer.text().equals(Json.text(finish, "final_answer")) ? finish
                    : Json.object().put("return_type", "give_answer").put("final_answer", answer.text());
            return text.append("Finish\nAction Input: ").append(PyJson.write(arguments, INPUT_JSON)).toString();
        }
        ToolCall call = ((ToolCalls) action).calls().getFirst();
        if (!inputForm) {
            return text.append(call.name()).append('[').append(call.arguments().get("input").stringValue()).append(']').toString();
        }
        return text.append(call.name()).append("\nAction Input: ").append(PyJson.write(call.arguments(), INPUT_JSON)).toString();
    }
}
