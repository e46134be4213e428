package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.model.export.DedupOptions;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import tools.jackson.databind.JsonNode;

/**
 * {@code export --profile FILE}: the profile file (the JSON the Spark job takes) drives the local export to the same
 * bytes as the equivalent flags, and is refused beside a flag that makes one of its choices. Real H2 library of the
 * WebDancer file and the bundled samples, real Qwen3 tokenizer.json.
 */
class ExportProfileOptionTest {
    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void importAndCurate() throws Exception {
        library = dir.resolve("library").toString();
        List<Path> files = new ArrayList<>(List.of(SharedData.file("webdancer_sample_traj.jsonl")));
        try (Stream<Path> samples = Files.list(samplesFolder())) {
            samples.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            assertThat(studio("import", file.toString(), "--json").exit()).isIn(ExitCode.OK, 1);
        }
        try (Library open = Library.open(Path.of(library))) {
            List<SampleSummary> rows = open.samples().page(SampleQuery.all(), 1000).rows();
            for (int i = 0; i < rows.size(); i++) {
                String id = rows.get(i).id();
                if (i % 4 == 3) {
                    open.curation().verdict(id, i % 8 == 3 ? Verdict.REJECTED : Verdict.NEEDS_EDIT);
                } else if (i % 4 != 2) {
                    open.curation().verdict(id, Verdict.ACCEPTED);
                }
                open.curation().rate(new RatingTarget(id, null, null), 1 + i % 5);
            }
        }
    }

    private static Path samplesFolder() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("assets").resolve("samples"))) {
                return at.resolve("assets").resolve("samples");
            }
        }
        throw new AssertionError("assets/samples not found");
    }

    private InspectCommandTest.Run studio(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library));
        all.addAll(List.of(args));
        return InspectCommandTest.studio(all.toArray(String[]::new));
    }

    private static String tokenizer() {
        return "hf:" + SharedData.file("qwen3/tokenizer.json");
    }

    private Path exportWith(String folder, String... choices) {
        Path out = dir.resolve(folder).resolve("set.jsonl");
        List<String> args = new ArrayList<>(List.of("export", "--out", out.toString(), "--json"));
        args.addAll(List.of(choices));
        InspectCommandTest.Run run = studio(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        return out;
    }

    private Path profile(ExportProfileFile profile) throws Exception {
        Path file = dir.resolve("profile-" + Math.abs(profile.hashCode()) + ".json");
        Files.write(file, profile.toBytes());
        return file;
    }

    private static void assertSameFiles(Path flags, Path profile) throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(flags.getParent())) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(profile.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(names);
        }
        for (String name : names) {
            assertThat(Files.readAllBytes(profile.resolveSibling(name))).as(name).isEqualTo(Files.readAllBytes(flags.resolveSibling(name)));
        }
    }

    @Test
    void aProfileFileGivesTheSameBytesAsTheEquivalentFlags() throws Exception {
        ExportProfileFile chosen = new ExportProfileFile(ExportFormat.CPT_TEXT, new ExportProfileFile.Selection(false, 2, SampleKind.TRAJECTORY),
                8192, OverBudget.TRUNCATE, tokenizer(), "chatml", Rendering.SOURCE, 5, false, new DedupOptions(1, 0.8), 0.2, null);
        Path flags = exportWith("flags", "--format", "cpt-text", "--any-verdict", "--min-rating", "2", "--kind", "trajectory",
                "--max-tokens", "8192", "--over-budget", "truncate", "--tokenizer", tokenizer(), "--template", "chatml",
                "--rendering", "source", "--seed", "5", "--max-per-question", "1", "--near-duplicates", "0.8", "--validation", "0.2");
        Path fromFile = exportWith("profile", "--profile", profile(chosen).toString());

        assertSameFiles(flags, fromFile);
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(fromFile.resolveSibling("set.jsonl.manifest.json")));
        // Not trivial: the selection, budget, split and rendering all acted.
        assertThat(manifest.get("profile").get("rendering").stringValue()).isEqualTo("source");
        assertThat(manifest.get("counts").get("exported").longValue()).isGreaterThan(20);
        assertThat(manifest.get("counts").get("truncated").longValue()).isPositive();
        assertThat(manifest.get("counts").get("validation").longValue()).isPositive();
        assertThat(manifest.get("filters").get("minRating").stringValue()).isEqualTo("2");
    }

    @Test
    void aPackedProfileWithItsOwnSeparatorGivesTheSameBytesAsTheFlags() throws Exception {
        // Accepted only, packed without a budget: the profile's separator is the flags' default one.
        ExportProfileFile chosen = new ExportProfileFile(ExportFormat.HAS_TEXT, ExportProfileFile.Selection.ACCEPTED, null, OverBudget.DROP,
                tokenizer(), "chatml", Rendering.TEMPLATE, 3, true, DedupOptions.EXACT_ONLY, 0, new PackingOptions(4096, PackingOptions.END_OF_TEXT));
        Path flags = exportWith("flags", "--format", "has-text", "--tokenizer", tokenizer(), "--seed", "3", "--shuffle-candidates",
                "--pack-length", "4096");
        Path fromFile = exportWith("profile", "--profile", profile(chosen).toString());

        assertSameFiles(flags, fromFile);
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(fromFile.resolveSibling("set.jsonl.manifest.json")));
        assertThat(manifest.get("packing").get("sequences").longValue()).isPositive();
    }

    @Test
    void aProfileBesideAChoiceFlagOrWithATypoIsRefusedInOneLine() throws Exception {
        Path file = profile(ExportProfileFile.defaults(ExportFormat.CHAT));
        InspectCommandTest.Run clash = studio("export", "--out", dir.resolve("x.jsonl").toString(), "--profile", file.toString(),
                "--seed", "4", "--format", "chat");
        assertThat(clash.exit()).isNotZero();
        assertThat(clash.err()).contains("leave out --format, --seed");

        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"format\": \"chat\", \"maxTokes\": 5}");
        InspectCommandTest.Run bad = studio("export", "--out", dir.resolve("y.jsonl").toString(), "--profile", typo.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains(typo + ": unknown key 'maxTokes'");
        assertThat(dir.resolve("y.jsonl")).doesNotExist();

        InspectCommandTest.Run neither = studio("export", "--out", dir.resolve("z.jsonl").toString());
        assertThat(neither.exit()).isNotZero();
        assertThat(neither.err()).contains("--format").contains("--profile");
    }
}
