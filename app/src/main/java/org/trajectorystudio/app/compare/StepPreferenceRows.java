package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.curation.StepPreference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Step-level preferences as DPO rows in the conversational shape TRL's {@code DPOTrainer} and OpenRLHF read:
 * {@code {"prompt":[messages up to step K], "chosen":[{"role":"assistant",…}], "rejected":[{"role":"assistant",…}]}}.
 * The prompt is the conversation before the step (system, question, earlier steps with their real responses, and a
 * follow-up user turn that came just before the step); chosen and rejected are the two options as the assistant
 * turn that step would have been. Provenance fields follow ({@code sampleId, revision, step, chosenOption,
 * rejectedOption, reason, annotator}); trainers ignore columns they do not know.
 */
final class StepPreferenceRows {
    private StepPreferenceRows() {}

    /** @param superseded earlier preferences of the same step and pair of options that a later one replaced */
    record Latest(List<StepPreference> preferences, int superseded) {}

    /** The latest preference of each step and unordered pair of options, oldest first. */
    static Latest latest(List<StepPreference> log) {
        Map<List<Object>, StepPreference> latest = new LinkedHashMap<>();
        for (StepPreference preference : log) {
            List<Object> key = List.of(preference.sample().sampleId(), preference.sample().revision(), preference.step(),
                    Math.min(preference.chosen(), preference.rejected()), Math.max(preference.chosen(), preference.rejected()));
            latest.merge(key, preference, (older, newer) -> newer.eventId() > older.eventId() ? newer : older);
        }
        List<StepPreference> list = new ArrayList<>(latest.values());
        list.sort(Comparator.comparingLong(StepPreference::eventId));
        return new Latest(list, log.size() - list.size());
    }

    /** The DPO row of one preference on the revision it was made on. */
    static ObjectNode row(StepPreference preference, Sample sample) {
        int index = preference.step() - 1;
        if (index >= sample.steps().size() || !sample.steps().get(index).isDecision()) {
            throw new IllegalStateException("preference for " + preference.sample() + " names step " + preference.step()
                    + ", which has no options");
        }
        Step step = sample.steps().get(index);
        List<ChatMessage> chosen = conversation(sample, index, option(step, preference.chosen()));
        List<ChatMessage> rejected = conversation(sample, index, option(step, preference.rejected()));
        int prompt = promptLength(sample, index, chosen);
        ObjectNode row = Json.object();
        row.set("prompt", messages(chosen.subList(0, prompt)));
        row.set("chosen", messages(chosen.subList(prompt, chosen.size())));
        row.set("rejected", messages(rejected.subList(prompt, rejected.size())));
        row.put("sampleId", preference.sample().sampleId());
        row.put("revision", preference.sample().revision());
        row.put("step", preference.step());
        row.put("chosenOption", preference.chosen());
        row.put("rejectedOption", preference.rejected());
        row.put("reason", preference.reason());
        row.put("annotator", preference.annotator());
        return row;
    }

    private static Candidate option(Step step, int number) {
        if (number < 1 || number > step.candidates().size()) {
            throw new IllegalStateException("the step has options 1 to " + step.candidates().size() + ", not " + number);
        }
        return step.candidates().get(number - 1);
    }

    /** The conversation up to the step, with the option as the step's action and no response after it. */
    private static List<ChatMessage> conversation(Sample sample, int index, Candidate option) {
        Step original = sample.steps().get(index);
        List<Step> steps = new ArrayList<>(sample.steps().subList(0, index));
        steps.add(new Step(original.user(), option.thought(), option.action(), null, List.of(), null, Map.of()));
        return Conversation.upTo(sample.withSteps(steps), index + 1);
    }

    /** Everything before the step's own assistant turn: the earlier steps and a user turn just before it. */
    private static int promptLength(Sample sample, int index, List<ChatMessage> withOption) {
        int length = Conversation.upTo(sample, index).size();
        while (length < withOption.size() && !withOption.get(length).role().equals(ChatMessage.ASSISTANT)) {
            length++;
        }
        return length;
    }

    private static ArrayNode messages(List<ChatMessage> messages) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ChatMessage message : messages) {
            array.addObject().put("role", message.role()).put("content", message.content());
        }
        return array;
    }
}
