package org.trajectorystudio.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;

/** The History list says in words what each log entry did, read back from a real library's log (not raw JSON). */
class HistoryTextTest {
    @TempDir
    Path dir;

    @Test
    void eachKindOfEntryReadsAsWords() throws Exception {
        Sample sample = new Sample("s1", SampleKind.TRAJECTORY, "What is 2+2?", null, null, List.of(), List.of(),
                List.of(Step.of("add", new FinalAnswer("4"), null)), Judgment.CORRECT, Map.of());
        try (Library library = Library.open(dir.resolve("lib"))) {
            Path file = dir.resolve("s.jsonl");
            Files.writeString(file, StudioCodec.write(sample) + "\n");
            library.importFile(file);
            Curation curation = library.curation().as("ann");
            curation.rate(RatingTarget.sample("s1"), 4);
            curation.rate(RatingTarget.step("s1", 1), 2);
            curation.verdict("s1", Verdict.ACCEPTED);
            curation.addLabel("s1", "hard-case");
            curation.removeLabel("s1", "hard-case");
            curation.note("s1", "check the source");
            curation.revise("s1", sample.withSteps(List.of(Step.of("add", new FinalAnswer("four"), null))));
            curation.clearVerdict("s1");
            library.curation().as("judge:m").suggest("s1",
                    org.trajectorystudio.persistence.judge.Suggestions.payload("answer-correct", "m", null).put("verdict", "rejected"));
            List<String> words = curation.history("s1").stream().map(HistoryText::of).toList();
            assertThat(words).containsExactly("rated the whole sample: 4 of 5", "rated step 1: 2 of 5", "verdict accepted",
                    "label hard-case", "removed label hard-case", "note: check the source", "saved revision r1", "verdict cleared",
                    "suggested verdict rejected (rubric answer-correct, m)");
            assertThat(curation.history("s1").stream().map(CurationEvent::payload)).allMatch(p -> p.startsWith("{"));
        }
    }
}
