package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.model.export.card.DatasetCard;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The export options the dialog has and the command line gained: packing, near-duplicate question clusters and every
 * verdict but rejected; the dataset card that never replaces someone else's README.md; and one-line errors for bad
 * values. Real H2 library in a temp folder, real files, read back and checked against the manifest.
 */
class ExportCommandTest {
    /** Long enough that one changed word keeps the 4-character-shingle similarity well above 0.8 (and below 0.99). */
    private static final String HEIDELBERG = "Which river flows through the old town of Heidelberg, past the castle ruins and the"
            + " university library, before it joins the Rhine at Mannheim a little further to the %s?";
    private static final String QUESTION_A = HEIDELBERG.formatted("north");
    private static final String QUESTION_B = HEIDELBERG.formatted("west");
    private static final String QUESTION_C = "In which year did the first crewed balloon flight of the Montgolfier brothers take place in Paris?";

    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void openLibrary() {
        library = dir.resolve("library").toString();
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library;
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    private void importFile(Path file, int expected) {
        InspectCommandTest.Run run = studio("import", file.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("imported").intValue()).isEqualTo(expected);
    }

    /** Three trajectories (A and B ask the same question but for one word, C another) plus one rejected copy of C's. */
    private void importQuestions() throws Exception {
        Path file = dir.resolve("questions.jsonl");
        Files.writeString(file, String.join("\n", trajectory(QUESTION_A, "Neckar"), trajectory(QUESTION_B, "The Neckar"),
                trajectory(QUESTION_C, "1783")) + "\n");
        importFile(file, 3);
    }

    private static String trajectory(String question, String answer) {
        return """
                {"schema":"trajectory-studio/v1","kind":"trajectory","question":%s,"steps":[{"thought":"Search first.","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":[%s]}}]},"observation":"Results about %s."},{"action":{"type":"answer","text":%s}}]}"""
                .formatted(quote(question), quote(question.substring(0, 40)), answer.toLowerCase(Locale.ROOT), quote(answer));
    }

    private static String quote(String text) {
        return Json.MAPPER.writeValueAsString(text);
    }

    private String idOf(String question) {
        JsonNode samples = studio("query", "--json").json().get("samples");
        for (JsonNode sample : samples) {
            if (sample.get("question").stringValue().equals(question)) {
                return sample.get("id").stringValue();
            }
        }
        throw new AssertionError("no sample asks " + question);
    }

    private static JsonNode manifest(JsonNode json) throws Exception {
        return Json.MAPPER.readTree(Files.readString(Path.of(json.get("manifest").stringValue())));
    }

    private JsonNode export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        all.add("--json");
        InspectCommandTest.Run run = studio(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        return run.json();
    }

    @Test
    void packingWritesFewerLongerSequencesWithTheManifestsEfficiency() throws Exception {
        importFile(SharedData.file("webdancer_sample_traj.jsonl"), 200);
        Path plain = dir.resolve("plain.jsonl");
        Path packed = dir.resolve("packed.jsonl");

        JsonNode plainJson = export("--any-verdict", "--out", plain.toString(), "--format", "cpt-text", "--stage", "1");
        JsonNode json = export("--any-verdict", "--out", packed.toString(), "--format", "cpt-text", "--stage", "1", "--pack");

        assertThat(plainJson.get("packing").isNull()).isTrue();
        List<String> plainLines = Files.readAllLines(plain);
        List<String> lines = Files.readAllLines(packed);
        JsonNode packing = json.get("packing");
        JsonNode manifestPacking = manifest(json).get("packing");
        assertThat(json.get("exported").longValue()).isEqualTo(plainLines.size()).isGreaterThan(100);
        assertThat(lines).hasSize(packing.get("sequences").intValue()).hasSizeLessThan(plainLines.size() / 3);
        assertThat(packing.get("sequences").longValue()).isEqualTo(manifestPacking.get("sequences").longValue());
        assertThat(packing.get("sequenceLength").intValue()).isEqualTo(32_768).isEqualTo(manifestPacking.get("sequenceLength").intValue());
        assertThat(packing.get("efficiency").doubleValue()).isEqualTo(manifestPacking.get("efficiency").doubleValue()).isBetween(0.5, 1.0);

        // The sequences hold every record exactly once, none longer than a sequence, and the efficiency is their fill.
        Set<String> ids = new HashSet<>();
        long used = 0;
        for (String line : lines) {
            JsonNode sequence = Json.MAPPER.readTree(line);
            assertThat(sequence.get("tokens").intValue()).isLessThanOrEqualTo(32_768);
            assertThat(sequence.get("text").stringValue()).endsWith("<|endoftext|>");
            sequence.get("ids").forEach(id -> assertThat(ids.add(id.stringValue())).as("packed twice: " + id).isTrue());
            used += sequence.get("tokens").longValue();
        }
        Set<String> plainIds = new HashSet<>();
        for (String line : plainLines) {
            plainIds.add(Json.MAPPER.readTree(line).get("id").stringValue());
        }
        assertThat(ids).isEqualTo(plainIds);
        assertThat(used).isEqualTo(packing.get("usedTokens").longValue());
        assertThat(packing.get("efficiency").doubleValue()).isCloseTo(used / (lines.size() * 32_768.0), org.assertj.core.data.Offset.offset(1e-6));

        InspectCommandTest.Run text = studio("export", "--any-verdict", "--out", dir.resolve("text.jsonl").toString(), "--format",
                "cpt-text", "--stage", "1", "--pack");
        assertThat(text.out()).contains(String.format(Locale.ROOT, "packed into %,d sequences of 32,768 tokens, efficiency %.1f%%",
                lines.size(), packing.get("efficiency").doubleValue() * 100));
    }

    @Test
    void packLengthSetsTheSequenceWithoutABudgetAndOverBudgetAppliesToLongerRecords() throws Exception {
        importFile(SharedData.file("webdancer_sample_traj.jsonl"), 200);
        Path out = dir.resolve("short.jsonl");

        JsonNode json = export("--any-verdict", "--out", out.toString(), "--format", "cpt-text", "--pack-length", "4096");

        JsonNode manifest = manifest(json);
        assertThat(json.get("packing").get("sequenceLength").intValue()).isEqualTo(4096);
        assertThat(manifest.get("profile").get("maxTokens").isNull()).isTrue();
        assertThat(json.get("dropped").longValue()).as("records longer than one sequence are dropped").isPositive();
        for (String line : Files.readAllLines(out)) {
            assertThat(Json.MAPPER.readTree(line).get("tokens").intValue()).isLessThanOrEqualTo(4096);
        }

        JsonNode truncated = export("--any-verdict", "--out", dir.resolve("cut.jsonl").toString(), "--format", "cpt-text",
                "--pack-length", "4096", "--over-budget", "truncate");
        assertThat(truncated.get("truncated").longValue()).isPositive();
        assertThat(truncated.get("exported").longValue()).isGreaterThan(json.get("exported").longValue());
    }

    @Test
    void nearDuplicateQuestionsShareOneClusterAndTheLimitKeepsOneOfThem() throws Exception {
        importQuestions();
        String a = idOf(QUESTION_A);
        String b = idOf(QUESTION_B);

        JsonNode exactOnly = export("--any-verdict", "--out", dir.resolve("exact.jsonl").toString(), "--format", "chat",
                "--max-per-question", "1");
        assertThat(exactOnly.get("exported").intValue()).isEqualTo(3);
        assertThat(exactOnly.get("questions").get("clusters").intValue()).isEqualTo(3);
        assertThat(exactOnly.get("overQuestionLimit").intValue()).isZero();

        Path out = dir.resolve("near.jsonl");
        JsonNode near = export("--any-verdict", "--out", out.toString(), "--format", "chat", "--max-per-question", "1",
                "--near-duplicates");
        JsonNode counts = manifest(near).get("counts");
        assertThat(near.get("exported").intValue()).isEqualTo(2).isEqualTo(counts.get("exported").intValue());
        assertThat(near.get("overQuestionLimit").intValue()).isEqualTo(1).isEqualTo(counts.get("overQuestionLimit").intValue());
        assertThat(near.get("deduplicated").intValue()).isEqualTo(1).isEqualTo(counts.get("deduplicated").intValue());
        assertThat(near.get("questions").get("clusters").intValue()).isEqualTo(2)
                .isEqualTo(manifest(near).get("questions").get("clusters").intValue());
        assertThat(near.get("questions").get("nearDuplicateThreshold").doubleValue()).isEqualTo(0.8);
        String written = Files.readString(out);
        assertThat(written.contains(a)).as("exactly one of the two near-identical questions is kept").isNotEqualTo(written.contains(b));

        JsonNode clusteredOnly = export("--any-verdict", "--out", dir.resolve("clustered.jsonl").toString(), "--format", "chat",
                "--near-duplicates", "0.8");
        assertThat(clusteredOnly.get("exported").intValue()).isEqualTo(3);
        assertThat(clusteredOnly.get("questions").get("distinct").intValue()).isEqualTo(3);
        assertThat(clusteredOnly.get("questions").get("clusters").intValue()).isEqualTo(2);

        JsonNode strict = export("--any-verdict", "--out", dir.resolve("strict.jsonl").toString(), "--format", "chat",
                "--max-per-question", "1", "--near-duplicates", "0.99");
        assertThat(strict.get("exported").intValue()).as("one changed word is below 0.99").isEqualTo(3);

        InspectCommandTest.Run text = studio("export", "--any-verdict", "--out", dir.resolve("text.jsonl").toString(), "--format",
                "chat", "--max-per-question", "1", "--near-duplicates");
        assertThat(text.out()).contains("questions: 2 distinct in 2 clusters (near-duplicate threshold 0.8); 0 exact duplicates, 1 over the limit per question");
    }

    @Test
    void anyVerdictExportsUnreviewedAndNeedsEditButNeverRejected() throws Exception {
        importQuestions();
        String a = idOf(QUESTION_A);
        String b = idOf(QUESTION_B);
        String c = idOf(QUESTION_C);
        assertThat(studio("verdict", a, "needs-edit").exit()).isEqualTo(ExitCode.OK);
        assertThat(studio("verdict", c, "rejected").exit()).isEqualTo(ExitCode.OK);
        Path out = dir.resolve("any.jsonl");

        JsonNode json = export("--any-verdict", "--out", out.toString(), "--format", "chat");

        assertThat(json.get("exported").intValue()).isEqualTo(2);
        assertThat(Files.readString(out)).contains(a).contains(b).doesNotContain(c);
        assertThat(manifest(json).get("filters").get("verdict").stringValue()).isEqualTo("any but rejected");
        JsonNode acceptedOnly = studio("export", "--out", dir.resolve("accepted.jsonl").toString(), "--format", "chat", "--json").json();
        assertThat(acceptedOnly.get("exported").intValue()).isZero();
    }

    @Test
    void sharegptWritesTheLlamaFactoryEntryBesideItsFile() throws Exception {
        importQuestions();
        Path out = dir.resolve("lf/trajectories.jsonl");
        JsonNode json = export("--any-verdict", "--out", out.toString(), "--format", "sharegpt");
        assertThat(json.get("datasetInfo").stringValue()).isEqualTo(out.resolveSibling("dataset_info.json").toAbsolutePath().toString());
        JsonNode entry = Json.MAPPER.readTree(Files.readString(out.resolveSibling("dataset_info.json"))).get("trajectories");
        assertThat(entry.get("file_name").stringValue()).isEqualTo("trajectories.jsonl");
        assertThat(entry.get("formatting").stringValue()).isEqualTo("sharegpt");
        assertThat(Files.readAllLines(out)).hasSize(json.get("exported").intValue()).allSatisfy(line ->
                assertThat(Json.MAPPER.readTree(line).get("conversations").get(0).get("from").stringValue()).isEqualTo("human"));
        assertThat(studio("export", "--any-verdict", "--out", dir.resolve("lf/packed.jsonl").toString(), "--format", "sharegpt",
                "--pack-length", "4096").err()).contains("LLaMA-Factory packs it itself");
    }

    @Test
    void shuffleCandidatesReordersHasOptionsBySeedAndRepeatsItself() throws Exception {
        importFile(org.trajectorystudio.app.testing.BundledFiles.file("has_decision.jsonl"), 22);
        Path presented = dir.resolve("presented.jsonl");
        Path shuffled = dir.resolve("shuffled.jsonl");
        Path again = dir.resolve("again.jsonl");

        export("--any-verdict", "--format", "has-text", "--out", presented.toString());
        export("--any-verdict", "--format", "has-text", "--shuffle-candidates", "--seed", "7", "--out", shuffled.toString());
        export("--any-verdict", "--format", "has-text", "--shuffle-candidates", "--seed", "7", "--out", again.toString());

        List<String> inOrder = Files.readAllLines(presented);
        List<String> reordered = Files.readAllLines(shuffled);
        assertThat(reordered).hasSameSizeAs(inOrder).isNotEqualTo(inOrder);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(shuffled));
        // the same options, only their order differs: every record keeps its length
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(reordered.get(i).length()).as("record %d", i).isEqualTo(inOrder.get(i).length());
        }
        assertThat(studio("export", "--help").out()).contains("--shuffle-candidates");
    }

    @Test
    void aReadmeTheStudioDidNotWriteStaysByteIdenticalAndTheCardGoesBesideIt() throws Exception {
        importQuestions();
        Path folder = Files.createDirectories(dir.resolve("hub"));
        Path readme = folder.resolve("README.md");
        byte[] ours = "# Our dataset\n\nWritten by hand; do not replace.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(readme, ours);
        Path out = folder.resolve("set.jsonl");

        JsonNode json = export("--any-verdict", "--out", out.toString(), "--format", "chat", "--parquet");

        Path card = folder.resolve("set.jsonl.README.md");
        assertThat(Files.readAllBytes(readme)).isEqualTo(ours);
        assertThat(json.get("card").stringValue()).isEqualTo(card.toString());
        assertThat(json.get("keptReadme").stringValue()).isEqualTo(readme.toString());
        assertThat(Files.readString(card)).startsWith("---\nlicense: ").contains("path: \"set.parquet\"");
        assertThat(DatasetCard.isUnchangedStudioCard(Files.readString(card))).isTrue();

        InspectCommandTest.Run text = studio("export", "--any-verdict", "--out", out.toString(), "--format", "chat", "--parquet");
        assertThat(text.exit()).as(text.err()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).contains("dataset card: " + card + " (README.md there is not a card the studio wrote, or was edited: left as it was)");
        assertThat(Files.readAllBytes(readme)).isEqualTo(ours);
    }

    @Test
    void aCardTheStudioWroteIsReplacedButAnEditedOneIsKept() throws Exception {
        importQuestions();
        Path folder = Files.createDirectories(dir.resolve("hub"));
        Path readme = folder.resolve("README.md");
        Path out = folder.resolve("set.jsonl");

        JsonNode first = export("--any-verdict", "--out", out.toString(), "--format", "chat", "--parquet");
        assertThat(first.get("card").stringValue()).isEqualTo(readme.toString());
        assertThat(first.get("keptReadme").isNull()).isTrue();
        assertThat(Files.readString(readme)).contains("**seed**: 0");

        JsonNode second = export("--any-verdict", "--out", out.toString(), "--format", "chat", "--parquet", "--seed", "7");
        assertThat(second.get("card").stringValue()).isEqualTo(readme.toString());
        assertThat(Files.readString(readme)).contains("**seed**: 7");
        assertThat(Files.exists(folder.resolve("set.jsonl.README.md"))).isFalse();

        String edited = Files.readString(readme).replace("license: other # placeholder: choose the license the source datasets allow", "license: mit");
        Files.writeString(readme, edited);
        JsonNode third = export("--any-verdict", "--out", out.toString(), "--format", "chat", "--parquet", "--seed", "8");
        assertThat(Files.readString(readme)).isEqualTo(edited);
        assertThat(third.get("card").stringValue()).isEqualTo(folder.resolve("set.jsonl.README.md").toString());
        assertThat(Files.readString(folder.resolve("set.jsonl.README.md"))).contains("**seed**: 8");
    }

    @Test
    void helpShowsTheNewOptionsWithTheDialogsThreshold() {
        InspectCommandTest.Run run = studio("export", "--help");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--pack ").contains("--pack-length=N").contains("--near-duplicates[=T]")
                .contains("(T defaults to 0.8, as in the export dialog)").contains("--any-verdict");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(List.of("--pack"), "packing needs a sequence length: give a pack length or a token budget"),
                Arguments.of(List.of("--pack-length", "0"), "the pack length must be at least 1, not 0"),
                Arguments.of(List.of("--pack", "--pack-length", "-5"), "the pack length must be at least 1, not -5"),
                Arguments.of(List.of("--validation", "0.7"), "the validation fraction must be from 0 to 0.5, not 0.7"),
                Arguments.of(List.of("--rendering", "raw"), "unknown rendering 'raw' (expected template or source)"),
                Arguments.of(List.of("--near-duplicates", "0"), "--near-duplicates is a similarity in (0, 1], not 0.0"),
                Arguments.of(List.of("--near-duplicates", "1.5"), "--near-duplicates is a similarity in (0, 1], not 1.5"),
                Arguments.of(List.of("--near-duplicates", "-0.2"), "--near-duplicates is a similarity in (0, 1], not -0.2"),
                Arguments.of(List.of("--max-tokens", "-1"), "--max-tokens must be at least 1, not -1"),
                Arguments.of(List.of("--max-per-question", "-2"), "--max-per-question must be 0 (no limit) or more, not -2"),
                Arguments.of(List.of("--any-verdict", "--verdict", "accepted"), "--any-verdict and --verdict exclude each other"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueIsOneErrorLineWithExitTwoAndWritesNothing(List<String> options, String message) {
        Path out = dir.resolve("bad.jsonl");
        List<String> args = new ArrayList<>(List.of("export", "--out", out.toString(), "--format", "cpt-text"));
        args.addAll(options);

        InspectCommandTest.Run run = studio(args.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: " + message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }
}
