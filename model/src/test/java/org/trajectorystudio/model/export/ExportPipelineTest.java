package org.trajectorystudio.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.render.CptTextRenderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.model.testing.RandomSamples;
import tools.jackson.databind.JsonNode;

class ExportPipelineTest {
    @TempDir
    Path folder;

    private final ExportPipeline pipeline = new ExportPipeline("test");

    private static ExportInput input(Sample sample) {
        return new ExportInput(sample, 1, "ds");
    }

    private static Sample withQuestion(Sample sample, String id, String question) {
        return new Sample(id, sample.kind(), question, sample.answer(), sample.system(), sample.tools(), sample.knowledge(), sample.steps(),
                sample.judgment(), sample.metadata());
    }

    private static List<JsonNode> records(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            records.add(Json.MAPPER.readTree(line));
        }
        return records;
    }

    private static JsonNode manifest(ExportResult result) throws IOException {
        return Json.MAPPER.readTree(Files.readString(result.manifest()));
    }

    /** Many varied samples, near-duplicate questions among them. */
    private static List<ExportInput> corpus() {
        List<ExportInput> inputs = new ArrayList<>();
        List<Sample> random = new RandomSamples(77).list(120);
        for (int i = 0; i < random.size(); i++) {
            Sample sample = random.get(i);
            inputs.add(new ExportInput(sample, 1 + i % 3, "ds-" + (i % 2)));
            if (i % 10 == 0) {
                inputs.add(new ExportInput(withQuestion(sample, sample.id() + "-near", sample.question() + " ?"), 1, "ds-2"));
            }
        }
        return inputs;
    }

    @Test
    void sameInputProfileAndSeedGiveByteIdenticalFiles() throws IOException {
        ExportProfile profile = ExportProfile.builder(ExportFormat.HAS_TEXT).seed(99).shuffleCandidates(true)
                .budget(400, OverBudget.TRUNCATE).dedup(new DedupOptions(2, 0.7)).validationFraction(0.2)
                .packing(new PackingOptions(1024, "<|endoftext|>")).build();
        ExportResult first = pipeline.run(corpus(), profile, folder.resolve("a/set.jsonl"));
        ExportResult second = pipeline.run(corpus(), profile, folder.resolve("b/set.jsonl"));

        assertThat(first.exported()).isPositive();
        assertThat(first.truncated()).isPositive();
        assertThat(Files.readAllBytes(second.out())).isEqualTo(Files.readAllBytes(first.out()));
        assertThat(Files.readAllBytes(second.validationOut())).isEqualTo(Files.readAllBytes(first.validationOut()));
        assertThat(Files.readAllBytes(second.manifest())).isEqualTo(Files.readAllBytes(first.manifest()));

        for (ExportFormat format : ExportFormat.values()) {
            ExportProfile plain = ExportProfile.builder(format).seed(5).shuffleCandidates(true).build();
            byte[] one = Files.readAllBytes(pipeline.run(corpus(), plain, folder.resolve("c/" + format.wireName())).out());
            byte[] two = Files.readAllBytes(pipeline.run(corpus(), plain, folder.resolve("d/" + format.wireName())).out());
            assertThat(two).as(format.wireName()).isEqualTo(one);
        }
    }

    @Test
    void aDifferentSeedShufflesDifferently() throws IOException {
        ExportProfile.Builder profile = ExportProfile.builder(ExportFormat.HAS_TEXT).shuffleCandidates(true);
        byte[] one = Files.readAllBytes(pipeline.run(corpus(), profile.seed(1).build(), folder.resolve("1.jsonl")).out());
        byte[] two = Files.readAllBytes(pipeline.run(corpus(), profile.seed(2).build(), folder.resolve("2.jsonl")).out());
        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void exactDuplicatesAreRemovedAndCounted() throws IOException {
        Sample original = ExportSamples.trajectory();
        Sample sameContentOtherId = original.withId("copy");
        Sample sameRenderingOtherMetadata = new Sample("meta", original.kind(), original.question(), original.answer(), original.system(),
                original.tools(), original.knowledge(), original.steps(), original.judgment(), Map.of("tag", Json.MAPPER.getNodeFactory().stringNode("x")));
        ExportResult result = pipeline.run(List.of(input(original), input(sameContentOtherId), input(sameRenderingOtherMetadata)),
                ExportProfile.builder(ExportFormat.CPT_TEXT).build(), folder.resolve("d.jsonl"));

        assertThat(result.exported()).isEqualTo(1);
        assertThat(result.deduplicated()).isEqualTo(2);
        JsonNode manifest = manifest(result);
        assertThat(manifest.get("counts").get("exactDuplicates").intValue()).isEqualTo(2);
        assertThat(manifest.get("removed")).extracting(node -> node.get("id").stringValue() + ": " + node.get("reason").stringValue())
                .containsExactly("copy: exact duplicate", "meta: exact duplicate");
    }

    @Test
    void maxPerQuestionCountsNearDuplicateQuestionsAsOne() throws IOException {
        Sample base = ExportSamples.trajectory();
        List<ExportInput> inputs = List.of(
                input(base),
                input(withQuestion(base, "b", "Who trained the horse which won the 1964 Epsom Derby")),
                input(withQuestion(base, "c", "who trained the horse that won the 1964 epsom derby race?")),
                input(withQuestion(base, "d", "What is the capital of Kyrgyzstan?")));
        ExportResult clustered = pipeline.run(inputs, ExportProfile.builder(ExportFormat.CHAT).dedup(new DedupOptions(1, 0.6)).build(),
                folder.resolve("q1.jsonl"));
        assertThat(records(clustered.out())).extracting(node -> node.get("id").stringValue()).containsExactly("traj-derby", "d");
        assertThat(clustered.deduplicated()).isEqualTo(2);
        assertThat(manifest(clustered).get("counts").get("overQuestionLimit").intValue()).isEqualTo(2);
        assertThat(manifest(clustered).get("questions").get("clusters").intValue()).isEqualTo(2);

        ExportResult exactOnly = pipeline.run(inputs, ExportProfile.builder(ExportFormat.CHAT).dedup(new DedupOptions(1, 0)).build(),
                folder.resolve("q2.jsonl"));
        assertThat(exactOnly.exported()).as("without clustering the reworded questions are other questions").isEqualTo(4);
    }

    @Test
    void validationNeverSharesAQuestionClusterWithTraining() throws IOException {
        ExportResult result = pipeline.run(corpus(), ExportProfile.builder(ExportFormat.CHAT).seed(3).validationFraction(0.25)
                .dedup(new DedupOptions(0, 0.7)).build(), folder.resolve("split.jsonl"));
        assertThat(result.validationOut()).hasFileName("split.validation.jsonl").exists();
        List<JsonNode> train = records(result.out());
        List<JsonNode> validation = records(result.validationOut());
        assertThat(validation).isNotEmpty();
        assertThat(train.size() + validation.size()).isEqualTo((int) result.exported());

        Map<String, String> questionOfId = new HashMap<>();
        for (ExportInput input : corpus()) {
            questionOfId.put(input.sample().id(), org.trajectorystudio.model.compare.QuestionKey.of(input.sample().question()).value()
                    .replaceAll("[^\\p{L}\\p{N}]+", ""));
        }
        List<String> trainQuestions = train.stream().map(node -> questionOfId.get(node.get("id").stringValue())).toList();
        for (JsonNode record : validation) {
            assertThat(trainQuestions).as("question of %s", record.get("id")).doesNotContain(questionOfId.get(record.get("id").stringValue()));
        }
        JsonNode manifest = manifest(result);
        assertThat(manifest.get("counts").get("validation").intValue()).isEqualTo(validation.size());
        assertThat(manifest.get("outputs")).extracting(node -> node.get("file").stringValue()).containsExactly("split.jsonl", "split.validation.jsonl");
    }

    @Test
    void budgetDropsOrTruncatesAndMarksTheRecords() throws IOException {
        Sample sample = ExportSamples.trajectory();
        CptTextRenderer renderer = new CptTextRenderer(ChatMlTemplate.INSTANCE);
        int twoSteps = WordCounter.INSTANCE.count(renderer.render(sample, 2).text());
        Sample small = withQuestion(ExportSamples.fasPlanning(), "small", "Short?").withSteps(List.of(ExportSamples.fasPlanning().steps().get(1)));
        List<ExportInput> inputs = List.of(input(sample), input(small));

        ExportResult dropped = pipeline.run(inputs, ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(WordCounter.INSTANCE)
                .budget(twoSteps, OverBudget.DROP).build(), folder.resolve("drop.jsonl"));
        assertThat(dropped.exported()).isEqualTo(1);
        assertThat(dropped.dropped()).isEqualTo(1);
        assertThat(manifest(dropped).get("removed").get(0).get("reason").stringValue()).startsWith("over budget: ").endsWith("tokens > budget " + twoSteps);

        ExportResult truncated = pipeline.run(inputs, ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(WordCounter.INSTANCE)
                .budget(twoSteps, OverBudget.TRUNCATE).build(), folder.resolve("cut.jsonl"));
        assertThat(truncated.exported()).isEqualTo(2);
        assertThat(truncated.truncated()).isEqualTo(1);
        JsonNode cut = records(truncated.out()).getFirst();
        assertThat(cut.get("truncated").booleanValue()).isTrue();
        assertThat(cut.get("text").stringValue()).isEqualTo(renderer.render(sample, 2).text());
        assertThat(records(truncated.out()).get(1).has("truncated")).isFalse();
        JsonNode entry = manifest(truncated).get("samples").get(0);
        assertThat(entry.get("tokens").intValue()).isEqualTo(twoSteps);
        assertThat(entry.get("finalAnswerLost").booleanValue()).isTrue();
        assertThat(manifest(truncated).get("counts").get("truncatedWithoutFinalAnswer").intValue()).isEqualTo(1);
        assertThat(truncated.tokens()).isEqualTo(twoSteps + WordCounter.INSTANCE.count(records(truncated.out()).get(1).get("text").stringValue()));
    }

    @Test
    void packingFillsSequencesAndReportsEfficiency() throws IOException {
        List<ExportInput> inputs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Sample sample = new Sample("s" + i, SampleKind.TRAJECTORY, "question number " + i + " " + "word ".repeat(i * 7), null, null,
                    List.of(), List.of(), List.of(Step.of(null, new org.trajectorystudio.model.sample.FinalAnswer("a" + i), null)),
                    Judgment.UNKNOWN, Map.of());
            inputs.add(input(sample));
        }
        ExportResult result = pipeline.run(inputs, ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(WordCounter.INSTANCE)
                .packing(new PackingOptions(512, "\n<|endoftext|>\n")).build(), folder.resolve("packed.jsonl"));

        List<JsonNode> sequences = records(result.out());
        long used = 0;
        List<String> ids = new ArrayList<>();
        for (JsonNode sequence : sequences) {
            int tokens = sequence.get("tokens").intValue();
            assertThat(tokens).isLessThanOrEqualTo(512);
            assertThat(WordCounter.INSTANCE.count(sequence.get("text").stringValue())).as("separators included").isEqualTo(tokens);
            assertThat(sequence.get("text").stringValue()).endsWith("<|endoftext|>\n"); // spaced: the word counter would glue it on
            sequence.get("ids").forEach(id -> ids.add(id.stringValue()));
            used += tokens;
        }
        assertThat(ids).hasSize(30).doesNotHaveDuplicates();
        JsonNode packing = manifest(result).get("packing");
        assertThat(packing.get("sequences").intValue()).isEqualTo(sequences.size());
        assertThat(packing.get("usedTokens").longValue()).isEqualTo(used);
        assertThat(packing.get("efficiency").doubleValue()).isCloseTo((double) used / (512.0 * sequences.size()), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(packing.get("efficiency").doubleValue()).isGreaterThan(0.9);
        assertThat(manifest(result).get("samples")).hasSize(30);
    }

    @Test
    void packedChatKeepsConversationsApartWithoutSeparators() throws IOException {
        List<ExportInput> inputs = List.of(input(ExportSamples.trajectory()), input(ExportSamples.hasDecision()), input(ExportSamples.fasPlanning()));
        ExportResult result = pipeline.run(inputs, ExportProfile.builder(ExportFormat.CHAT).tokenizer(WordCounter.INSTANCE)
                .packing(new PackingOptions(100_000, "<|endoftext|>")).build(), folder.resolve("chat-packed.jsonl"));
        List<JsonNode> sequences = records(result.out());
        assertThat(sequences).hasSize(1);
        JsonNode sequence = sequences.getFirst();
        assertThat(sequence.get("ids")).extracting(JsonNode::stringValue).containsExactlyInAnyOrder("traj-derby", "has-everest", "fas-plan-ballon");
        assertThat(sequence.get("conversations")).hasSize(3).allSatisfy(conversation -> {
            assertThat(conversation.get("messages").isArray()).isTrue();
            assertThat(conversation.get("tools").isArray()).isTrue();
        });
        assertThat(sequence.get("tokens").longValue()).isEqualTo(result.tokens());
        assertThat(manifest(result).get("packing").get("separatorTokens").intValue()).isZero();
    }

    @Test
    void skippedKindsAreCountedWithTheirReason() throws IOException {
        ExportResult result = pipeline.run(List.of(input(ExportSamples.fasPlanning()), input(ExportSamples.hasDecision())),
                ExportProfile.builder(ExportFormat.FAS_TEXT).build(), folder.resolve("fas.jsonl"));
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(manifest(result).get("removed").get(0).get("reason").stringValue())
                .isEqualTo("skipped: a has_decision sample has no fas-text form");
    }

    @Test
    void cancellingLeavesTheOldFileAndNoTemporaryFiles() throws IOException {
        Path out = folder.resolve("keep.jsonl");
        Files.writeString(out, "old\n");
        CancelToken cancel = new CancelToken();
        List<ExportInput> corpus = corpus();
        // The input cancels once ten samples were read: the pipeline stops at the next one.
        Iterable<ExportInput> cancelAfterTen = () -> IntStream.range(0, corpus.size()).mapToObj(i -> {
            if (i == 10) {
                cancel.cancel();
            }
            return corpus.get(i);
        }).iterator();
        assertThatThrownBy(() -> pipeline.run(cancelAfterTen, ExportProfile.builder(ExportFormat.CHAT).build(), out,
                ProgressListener.NONE, cancel, ExportPipeline.DerivedFiles.NONE))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(out).hasContent("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("keep.jsonl");
        }
    }

    @Test
    void cancellingWhileWritingAlsoLeavesNothing() throws IOException {
        Path out = folder.resolve("late.jsonl");
        CancelToken cancel = new CancelToken();
        ProgressListener cancelWhileWriting = progress -> {
            if (progress.unit().equals(ExportPipeline.WRITE_UNIT)) {
                cancel.cancel();
            }
        };
        assertThatThrownBy(() -> pipeline.run(corpus(), ExportProfile.builder(ExportFormat.CHAT).build(), out,
                cancelWhileWriting, cancel, ExportPipeline.DerivedFiles.NONE))
                .isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExistingFileIsReplacedAndProgressIsReported() throws IOException {
        Path out = folder.resolve("set.jsonl");
        Files.writeString(out, "old\n");
        List<String> phases = new ArrayList<>();
        ProgressListener monitor = progress -> phases.add(progress.unit() + " " + progress.done() + "/" + progress.total());
        List<ExportInput> many = new ArrayList<>();
        new RandomSamples(1).list(600).forEach(sample -> many.add(input(sample)));
        ExportResult result = pipeline.run(many, ExportProfile.builder(ExportFormat.CHAT).build(), out, monitor,
                new CancelToken(), ExportPipeline.DerivedFiles.NONE);
        assertThat(Files.readString(out)).doesNotContain("old").startsWith("{\"id\":");
        assertThat(result.read()).isEqualTo(600);
        assertThat(phases).contains("samples 256/-1", "samples 512/-1", "records 0/" + result.exported());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("set.jsonl", "set.jsonl.manifest.json");
        }
    }

    @Test
    void outputPathsAreDerivedFromTheOutputName() {
        assertThat(ExportPipeline.validationPath(Path.of("/x/set.jsonl"))).isEqualTo(Path.of("/x/set.validation.jsonl"));
        assertThat(ExportPipeline.validationPath(Path.of("/x/set"))).isEqualTo(Path.of("/x/set.validation"));
        assertThat(ExportPipeline.manifestPath(Path.of("/x/set.jsonl"))).isEqualTo(Path.of("/x/set.jsonl.manifest.json"));
    }

    @Test
    void aFolderIsNotAnOutputFile() {
        assertThatThrownBy(() -> pipeline.run(List.of(), ExportProfile.builder(ExportFormat.CHAT).build(), folder))
                .isInstanceOf(IOException.class).hasMessageEndingWith("is a folder; give the output file's name");
    }
}
