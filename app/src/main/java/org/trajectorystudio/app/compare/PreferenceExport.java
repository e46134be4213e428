package org.trajectorystudio.app.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.trajectorystudio.model.compare.QuestionKey;
import org.trajectorystudio.model.export.io.AtomicFile;
import org.trajectorystudio.model.export.render.ChatRenderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.Preference;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the curators' pairwise preferences as preference pairs, one JSON object a line (DPO-style data):
 * <pre>{"question":"…","chosen":[{"role":"system",…},{"role":"user",…},{"role":"assistant","content":"&lt;think&gt;…",
 * "weight":1},{"role":"tool",…}…],"rejected":[…],"chosenId":"…","chosenRevision":0,"rejectedId":"…",
 * "rejectedRevision":2,"reason":"…","annotator":"…"}</pre>
 * {@code chosen} and {@code rejected} are each the whole conversation exactly as {@code export --format chat} writes
 * its {@code messages} (system and question included, so each side is self-contained; the shared prompt is the
 * common prefix), rendered from the revision the curator actually compared. The latest preference of a pair wins;
 * ties are skipped and counted, and so are pairs whose two questions differ (a preference pair needs one prompt).
 * Step-level preferences (one HAS option over another at one step) follow as DPO rows in the TRL/OpenRLHF shape
 * {@code prompt/chosen/rejected}; see {@link StepPreferenceRows}. The file is written atomically.
 */
public final class PreferenceExport {
    /**
     * @param exported trajectory-level pairs written
     * @param differentQuestions decided pairs skipped because the two sides answer different questions
     * @param stepPairs step-level preferences written as {@code prompt/chosen/rejected} rows
     * @param superseded earlier preferences (of either level) that a later one replaced
     */
    public record Result(int exported, int ties, int differentQuestions, int stepPairs, int superseded, Path out) {}

    private final ChatRenderer renderer = new ChatRenderer(ChatMlTemplate.INSTANCE);

    public Result write(Library library, Path out) throws IOException {
        PreferencePairs pairs = PreferencePairs.latest(library.curation().preferences());
        int exported = 0;
        int differentQuestions = 0;
        try (AtomicFile file = new AtomicFile(out)) {
            for (Preference preference : pairs.decided()) {
                Sample chosen = load(library, PreferencePairs.chosen(preference));
                Sample rejected = load(library, PreferencePairs.rejected(preference));
                if (!QuestionKey.of(chosen.question()).equals(QuestionKey.of(rejected.question()))) {
                    differentQuestions++;
                    continue;
                }
                file.write(line(preference, chosen, rejected));
                exported++;
            }
            StepPreferenceRows.Latest steps = StepPreferenceRows.latest(library.curation().stepPreferences());
            for (var preference : steps.preferences()) {
                Sample sample = load(library, preference.sample());
                file.write((Json.write(StepPreferenceRows.row(preference, sample)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            file.commit();
            return new Result(exported, pairs.ties(), differentQuestions, steps.preferences().size(),
                    pairs.superseded() + steps.superseded(), out.toAbsolutePath());
        }
    }

    private byte[] line(Preference preference, Sample chosen, Sample rejected) {
        RevisionRef chosenRef = PreferencePairs.chosen(preference);
        RevisionRef rejectedRef = PreferencePairs.rejected(preference);
        ObjectNode json = Json.object();
        json.put("question", chosen.question());
        json.set("chosen", renderer.render(chosen).body().get("messages"));
        json.set("rejected", renderer.render(rejected).body().get("messages"));
        json.put("chosenId", chosenRef.sampleId());
        json.put("chosenRevision", chosenRef.revision());
        json.put("rejectedId", rejectedRef.sampleId());
        json.put("rejectedRevision", rejectedRef.revision());
        json.put("reason", preference.reason());
        json.put("annotator", preference.annotator());
        return (Json.write(json) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Sample load(Library library, RevisionRef ref) {
        return library.samples().loadRevision(ref.sampleId(), ref.revision())
                .orElseThrow(() -> new IllegalStateException("preference " + ref + " names a revision the library lacks"));
    }
}
